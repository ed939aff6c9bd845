#!/usr/bin/env bash
# The CUDA checks and benchmark, as run on a lent GPU machine (see benchmarks/RESULTS.md, "CUDA").
# Usage: benchmarks/cuda_run.sh SRC SMALL_DIR BIG_DIR OUT
#   SRC: a checkout of this project; SMALL_DIR: the embedded model's config.json and tokenizer files
#   (the weights stay behind: --random-weights); BIG_DIR: the same with a larger config; OUT: results.
set -u
SRC=$1 SMALL=$2 BIG=$3 OUT=$4
export PYTHONUNBUFFERED=1 PYTHONPATH=$SRC:${PYTHONPATH:-} DPFUSION_TEST_TOKENIZER=$SMALL HF_HUB_OFFLINE=1
{ nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv
  python3 -c "import torch, transformers; print('torch', torch.__version__, 'transformers', transformers.__version__)"
} > "$OUT/env.txt" 2>&1
(cd "$SRC" && timeout 120 python3 -m pytest -q -p no:cacheprovider -rA -s tests/test_engine_cuda.py) > "$OUT/cuda_tests.log" 2>&1
speed() {  # output name, model dir, dtype, time limit (s), extra arguments
  timeout "$4" python3 "$SRC/benchmarks/decode_speed.py" --device cuda --random-weights --model "$2" --dtype "$3" \
    --docs 1 4 8 16 --repeat 3 "${@:5}" > "$OUT/$1.md" 2>&1
}
speed speed_135m_fp32 "$SMALL" float32 100 --profile "$OUT/profile_135m_fp32.txt"
speed speed_135m_bf16 "$SMALL" bfloat16 80
speed speed_1p7b_bf16 "$BIG" bfloat16 80 --skip-naive --profile "$OUT/profile_1p7b_bf16.txt"
speed compiled_135m_bf16 "$SMALL" bfloat16 100 --groups 1 --docs 1 --skip-naive --skip-peer --compiled-plain
