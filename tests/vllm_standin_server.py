"""A stand-in for `vllm serve` where no vLLM can run (CPU test machines): same arguments, and it
answers the endpoints the preflight and exps.sh read: /health, /v1/models, /server_info.

    python tests/vllm_standin_server.py MODEL --port 8000 --max-model-len 8192 [other vllm flags]

Behaviour knobs (environment): STANDIN_START_DELAY_S (seconds before it listens),
STANDIN_EXIT_CODE (exit with this code instead of serving). /server_info answers only with
VLLM_SERVER_DEV_MODE=1, like vLLM.
"""

import argparse
import json
import os
import signal
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("--host", default="0.0.0.0")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--max-model-len", type=int, default=None)
    parser.add_argument("--weight-transfer-config", default=None)
    parser.add_argument("--logprobs-mode", default="raw_logprobs")
    args, _ = parser.parse_known_args(argv)
    return args


def make_handler(args: argparse.Namespace) -> type[BaseHTTPRequestHandler]:
    dev_mode = os.environ.get("VLLM_SERVER_DEV_MODE") == "1"

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            path = self.path.split("?")[0]
            if path == "/health":
                self._send(200, None)
            elif path == "/v1/models":
                card = {"id": args.model, "object": "model", "max_model_len": args.max_model_len}
                self._send(200, {"object": "list", "data": [card]})
            elif path == "/server_info" and dev_mode:
                transfer = json.loads(args.weight_transfer_config or "null")
                config = {
                    "weight_transfer_config": transfer,
                    "model_config": {"logprobs_mode": args.logprobs_mode},
                }
                self._send(200, {"vllm_config": config})
            else:
                self._send(404, {"detail": "Not Found"})

        def _send(self, status: int, body: object) -> None:
            data = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *values: object) -> None:
            print(f"stand-in vLLM server: {format % values}", flush=True)

    return Handler


def main() -> int:
    args = parse(sys.argv[1:])
    print(f"stand-in vLLM server: argv {sys.argv[1:]}", flush=True)
    if "STANDIN_EXIT_CODE" in os.environ:
        return int(os.environ["STANDIN_EXIT_CODE"])
    time.sleep(float(os.environ.get("STANDIN_START_DELAY_S", "0")))
    server = ThreadingHTTPServer((args.host, args.port), make_handler(args))

    def stop(signum: int, _frame: object) -> None:
        print(f"stand-in vLLM server: stopped by signal {signum}", flush=True)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    print(f"stand-in vLLM server: serving {args.model} on port {args.port}", flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
