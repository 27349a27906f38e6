solve:{[n]
  {$[0=x mod 15; "FizzBuzz"; 0=x mod 3; "Fizz"; 0=x mod 5; "Buzz"; string x]} each 1+til n}
