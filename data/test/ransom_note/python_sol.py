def solve(note, magazine):
    return all(note.count(c) <= magazine.count(c) for c in note)
