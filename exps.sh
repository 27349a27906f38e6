#!/usr/bin/env bash
# GRPO runs of the original study on one 8-GPU node: a vLLM server on one GPU generates, DeepSpeed
# ZeRO-3 training processes on the others learn (accelerate launch, config/zero3.yaml).
#
#   ./exps.sh [--dry-run] [--model PATH] SIZE [extra rl_trainer.py flags]
#   SIZE: 1.5b 3b 7b 14b 32b (14b and 32b use the reasoning format), or `all` (in sequence)
#
# The model comes from --model PATH or MODEL_1_5B, MODEL_3B, MODEL_7B, MODEL_14B, MODEL_32B (an SFT
# checkpoint directory). One run: start the server (its output goes to OUTPUT/logs/vllm_server.log),
# wait for its /health, train, and stop the server when training ends or fails. --dry-run prints
# the exact commands and starts nothing.
#
# Environment (defaults): SERVER_GPU (0), TRAIN_GPUS (1,2,3,4,5,6,7; one process per GPU),
# VLLM_PORT (8000), MAX_MODEL_LEN (8192), VLLM_GPU_MEMORY_UTILIZATION (0.9), SERVER_WAIT_S (1200),
# ACCELERATE_CONFIG (config/zero3.yaml), PYTHON (.venv/bin/python), VLLM_SERVE_CMD (replaces
# `vllm serve`, e.g. a stand-in server for tests; it gets the same arguments).
set -euo pipefail

SIZES=(1.5b 3b 7b 14b 32b)
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
caller_dir=$PWD
cd "$ROOT"

die() {
  echo "exps.sh: error: $*" >&2
  exit 2
}

usage() {
  sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
}

# Join arguments into one shell line, quoting only the words that need it.
shell_line() {
  local word out=()
  for word in "$@"; do
    if [[ $word =~ ^[A-Za-z0-9_./:,=@%+-]+$ ]]; then out+=("$word"); else out+=("${word@Q}"); fi
  done
  printf '%s\n' "${out[*]}"
}

dry_run=0
model_flag=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --dry-run) dry_run=1; shift ;;
    --model) [[ $# -ge 2 ]] || die "--model needs a path"; model_flag=$2; shift 2 ;;
    --model=*) model_flag=${1#--model=}; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) die "unknown option $1 before SIZE (rl_trainer.py flags go after SIZE)" ;;
    *) break ;;
  esac
done
[[ $# -ge 1 ]] || { usage >&2; die "missing SIZE (one of ${SIZES[*]} all)"; }
size=$1
shift
extra=("$@")

if [[ $size == all ]]; then
  [[ -z $model_flag ]] || die "--model cannot be used with all; set MODEL_1_5B ... MODEL_32B"
  for one in "${SIZES[@]}"; do
    flags=()
    ((dry_run)) && flags+=(--dry-run)
    "$0" "${flags[@]}" "$one" "${extra[@]}" || die "the $one run failed (exit $?); stopping"
  done
  exit 0
fi

case $size in
  1.5b) model_var=MODEL_1_5B; format=non_reasoning; wandb_name=1.5b_non_reason ;;
  3b) model_var=MODEL_3B; format=non_reasoning; wandb_name=3b_non_reason ;;
  7b) model_var=MODEL_7B; format=non_reasoning; wandb_name=7b_non_reason ;;
  14b) model_var=MODEL_14B; format=reasoning; wandb_name=14b_reasoning ;;
  32b) model_var=MODEL_32B; format=reasoning; wandb_name=32b_reasoning ;;
  *) die "unknown SIZE '$size'; use one of ${SIZES[*]} all" ;;
esac

SERVER_GPU=${SERVER_GPU:-0}
TRAIN_GPUS=${TRAIN_GPUS:-1,2,3,4,5,6,7}
VLLM_PORT=${VLLM_PORT:-8000}
MAX_MODEL_LEN=${MAX_MODEL_LEN:-8192}
VLLM_GPU_MEMORY_UTILIZATION=${VLLM_GPU_MEMORY_UTILIZATION:-0.9}
SERVER_WAIT_S=${SERVER_WAIT_S:-1200}
ACCELERATE_CONFIG=${ACCELERATE_CONFIG:-config/zero3.yaml}
if [[ -z ${PYTHON:-} ]]; then
  if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
[[ -d .venv/bin ]] && PATH="$ROOT/.venv/bin:$PATH"

[[ $SERVER_GPU =~ ^[0-9]+$ ]] || die "SERVER_GPU='$SERVER_GPU' is not a GPU index"
[[ $TRAIN_GPUS =~ ^[0-9]+(,[0-9]+)*$ ]] || die "TRAIN_GPUS='$TRAIN_GPUS' is not a list like 1,2,3"
[[ ,$TRAIN_GPUS, != *,$SERVER_GPU,* ]] || die "SERVER_GPU $SERVER_GPU is also in TRAIN_GPUS $TRAIN_GPUS"
[[ $VLLM_PORT =~ ^[0-9]+$ ]] || die "VLLM_PORT='$VLLM_PORT' is not a port number"
[[ $MAX_MODEL_LEN =~ ^[0-9]+$ ]] || die "MAX_MODEL_LEN='$MAX_MODEL_LEN' is not a token count"
[[ $SERVER_WAIT_S =~ ^[0-9]+$ ]] || die "SERVER_WAIT_S='$SERVER_WAIT_S' is not a number of seconds"
[[ -f $ACCELERATE_CONFIG ]] || die "ACCELERATE_CONFIG $ACCELERATE_CONFIG: no such file"
IFS=, read -ra train_gpu_list <<<"$TRAIN_GPUS"
num_processes=${#train_gpu_list[@]}

output_dir=""
for ((i = 0; i < ${#extra[@]}; i++)); do
  case ${extra[i]} in
    --output_dir) output_dir=${extra[i + 1]:-} ;;
    --output_dir=*) output_dir=${extra[i]#--output_dir=} ;;
    --model | --model=*) die "give the model as --model before SIZE or in $model_var" ;;
    --vllm_server_port* | --vllm_server_host* | --vllm_server_base_url*)
      die "${extra[i]}: exps.sh runs the server itself; set VLLM_PORT instead" ;;
    --max_model_len*) die "${extra[i]}: set MAX_MODEL_LEN so the server and trainer agree" ;;
  esac
done
output_flags=()
if [[ -z $output_dir ]]; then
  output_dir=final_outputs/$size/$format/
  output_flags=(--output_dir "$output_dir")
fi
server_log=${output_dir%/}/logs/vllm_server.log

model=${model_flag:-${!model_var:-}}
# Relative model paths are the caller's; the commands run from the repository root.
[[ -z $model || $model == /* || ! -d $caller_dir/$model ]] || model=$(cd "$caller_dir/$model" && pwd)
model_source=${model_flag:+--model}
model_source=${model_source:-$model_var}
if [[ -z $model ]]; then
  ((dry_run)) || die "no model for $size: set $model_var=/path/to/sft/checkpoint or pass --model PATH"
  model="<$model_var>"
  echo "exps.sh: note: $model_var is not set; the commands show $model" >&2
elif [[ ! -d $model ]]; then
  ((dry_run)) || die "model for $size '$model' is not a directory (from $model_source)"
  echo "exps.sh: note: model '$model' is not a directory here" >&2
fi

mapfile -d '' -t server_cmd < <(
  "$PYTHON" -m trainer.vllm_serve --print0 --model "$model" --port "$VLLM_PORT" \
    --max_model_len "$MAX_MODEL_LEN" --gpu_memory_utilization "$VLLM_GPU_MEMORY_UTILIZATION"
)
[[ ${#server_cmd[@]} -gt 2 ]] || die "could not build the vLLM server command with $PYTHON"
if [[ -n ${VLLM_SERVE_CMD:-} ]]; then
  read -ra serve_words <<<"$VLLM_SERVE_CMD"
  server_cmd=("${serve_words[@]}" "${server_cmd[@]:2}")
fi
server_env=(NCCL_P2P_DISABLE=1 "CUDA_VISIBLE_DEVICES=$SERVER_GPU" VLLM_SERVER_DEV_MODE=1)

train_cmd=(
  accelerate launch --num_processes "$num_processes" --config_file "$ACCELERATE_CONFIG"
  rl_trainer.py
  --model "$model"
  --use_vllm
  --vllm_server_port "$VLLM_PORT"
  --max_model_len "$MAX_MODEL_LEN"
  "${output_flags[@]}"
  --learning_rate 2e-6
  --simple_eval_problems 15
  --repeat_eval_problems 4
  --eval_steps 25
  --use_wandb
  --wandb_name "$wandb_name"
  --generation_temp 0.8
)
[[ $format == reasoning ]] && train_cmd+=(--use_reasoning_format)
train_cmd+=("${extra[@]}")
train_env=(NCCL_P2P_DISABLE=1 "CUDA_VISIBLE_DEVICES=$TRAIN_GPUS")
health_url=http://127.0.0.1:$VLLM_PORT/health

echo "# exps.sh $size: $format format, outputs in $output_dir"
echo "$(shell_line "${server_env[@]}" "${server_cmd[@]}") > $(shell_line "$server_log") 2>&1 &"
echo "# wait up to ${SERVER_WAIT_S} s for $health_url, then:"
shell_line "${train_env[@]}" "${train_cmd[@]}"
((dry_run)) && exit 0

command -v curl >/dev/null || die "curl is needed to wait for the server's /health"
if curl -sf -o /dev/null --max-time 5 "$health_url"; then
  die "something already answers at $health_url; stop it or choose another VLLM_PORT"
fi

server_pid=""
train_pid=""
stop_server() {
  [[ -n $server_pid ]] || return 0
  if kill -0 "$server_pid" 2>/dev/null; then
    echo "exps.sh: stopping the vLLM server (pid $server_pid)" >&2
    kill -TERM -- "-$server_pid" 2>/dev/null || kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
# On Ctrl-C or SIGTERM: stop training, then (EXIT) the server.
on_signal() {
  [[ -z $train_pid ]] || kill -TERM "$train_pid" 2>/dev/null || true
  [[ -z $train_pid ]] || wait "$train_pid" 2>/dev/null || true
  exit "$1"
}
trap stop_server EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

mkdir -p "$(dirname "$server_log")"
# Its own session and process group, so stopping it also stops vLLM's worker processes.
env "${server_env[@]}" setsid "${server_cmd[@]}" >"$server_log" 2>&1 &
server_pid=$!
echo "exps.sh: vLLM server started (pid $server_pid), log: $server_log" >&2

deadline=$((SECONDS + SERVER_WAIT_S))
until curl -sf -o /dev/null --max-time 5 "$health_url"; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    wait "$server_pid" && status=0 || status=$?
    server_pid=""
    echo "exps.sh: error: the vLLM server exited (status $status) before answering $health_url;" \
      "last lines of $server_log:" >&2
    tail -n 20 "$server_log" >&2
    exit 1
  fi
  if ((SECONDS >= deadline)); then
    echo "exps.sh: error: the vLLM server did not answer $health_url within ${SERVER_WAIT_S} s" \
      "(raise SERVER_WAIT_S for big models); see $server_log" >&2
    exit 1
  fi
  sleep 1
done
echo "exps.sh: vLLM server is up at $health_url" >&2

# In the background so that a signal reaches the trap while training runs.
env "${train_env[@]}" "${train_cmd[@]}" &
train_pid=$!
wait "$train_pid" && status=0 || status=$?
train_pid=""
echo "exps.sh: training for $size exited with status $status" >&2
exit "$status"
