"""Times sentence-transformers (PyTorch, CPU, one thread) on the same texts as `corroborate bench embed`.

Usage: python pytorch_embed.py MODEL_DIR TEXTS_FILE [--repeat N] [--batch-size B]
TEXTS_FILE holds one text per line. Prints one JSON line:
{"engine": "pytorch", "sentences": ..., "seconds": ..., "sentences_per_second": ... (CPU time), ..., "torch": ...}
"""
import argparse
import json
import os
import sys
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("model_dir")
    parser.add_argument("texts_file")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(1)
    with open(args.texts_file, encoding="utf-8") as handle:
        texts = [line.rstrip("\n") for line in handle if line.strip()]
    model = SentenceTransformer(args.model_dir, device="cpu")
    model.encode(texts[:8], batch_size=args.batch_size)  # warm-up
    best = float("inf")
    best_wall = float("inf")
    for _ in range(args.repeat):
        start, wall = time.process_time(), time.perf_counter()
        model.encode(texts, batch_size=args.batch_size)
        best = min(best, time.process_time() - start)
        best_wall = min(best_wall, time.perf_counter() - wall)
    print(json.dumps({
        "engine": "pytorch", "sentences": len(texts), "seconds": best, "wall_seconds": best_wall,
        "sentences_per_second": len(texts) / best, "torch": torch.__version__,
        "threads": torch.get_num_threads(), "batch_size": args.batch_size,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
