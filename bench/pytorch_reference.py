#!/usr/bin/python3
"""PyTorch reference timing for the networks that src/models/networks.ts builds in tfjs.

It mirrors buildCnn ('1d' kind) and buildRnn (bidirectional GRU with its optional Conv1D front-end and stacked
layers, pooling 'last' | 'mean' | 'attention') and the
training step of src/models/train.ts (Adam, softmax cross-entropy on logits with per-sample weights). The
defaults of the architectures follow DEFAULT_TRAIN_CONFIG in src/models/config.ts. Its numbers are meant to sit
beside those of `npm run bench:train` on the same CPU. The data is random (shape samples x frames x dims, with
random labels), so only the time means anything, not the loss.

Run it with Debian's interpreter (python3-torch installs into /usr/lib/python3/dist-packages, which a pyenv or
venv python3 on PATH does not see):

    /usr/bin/python3 bench/pytorch_reference.py --model cnn --frames 64 --dims 67 --threads 1 --epochs 5
    /usr/bin/python3 bench/pytorch_reference.py --model rnn --pooling attention --frames 64 --dims 67 --threads 1 --epochs 5

These are the shipped shapes: bench:train crops 64 network frames (frame stride 4) of 64 log-mel bands + 3 prosody
dims (input 'logmel-pitch'), and the shipped RNN pools by attention. bench:train's --epochs N runs N + 1 epochs
(one warm-up, then N), whereas here --epochs counts the warm-up too. Unlike bench:train, the epoch time here
excludes preparing the batches (crops, SpecAugment, gain), which tfjs does in JavaScript. The script prints one JSON object on stdout.
"""
import argparse
import json
import statistics
import sys
import time

import torch
from torch import nn
import torch.nn.functional as F

# tfjs' BatchNormalization defaults: epsilon 1e-3, moving averages with momentum 0.99 (PyTorch's momentum is the
# weight of the new batch, hence 1 - 0.99).
BN_EPS = 1e-3
BN_MOMENTUM = 0.01
# tfjs' Adam uses the backend epsilon, 1e-7, not PyTorch's default 1e-8.
ADAM_EPS = 1e-7


def glorot(module):
    """tfjs' initialisers (glorotUniform kernels, zero biases). They do not change the timing, only the starting weights."""
    for name, p in module.named_parameters(recurse=False):
        if p.dim() >= 2:
            nn.init.xavier_uniform_(p)
        elif "bias" in name:
            nn.init.zeros_(p)


class Cnn1d(nn.Module):
    """buildCnn with kind '1d': Conv1D over time (features as channels) + BatchNorm + ReLU, pool by 2 except after the last."""

    def __init__(self, dims, classes, filters, kernel, dropout, pool=True):
        super().__init__()
        layers = []
        channels = dims
        for i, f in enumerate(filters):
            # padding k // 2 equals tfjs' 'same' for odd kernels; see the even-kernel check in main().
            layers += [
                nn.Conv1d(channels, f, kernel, padding=kernel // 2, bias=False),
                nn.BatchNorm1d(f, eps=BN_EPS, momentum=BN_MOMENTUM),
                nn.ReLU(),
            ]
            if pool and i < len(filters) - 1:
                layers.append(nn.MaxPool1d(2))
            channels = f
        self.blocks = nn.Sequential(*layers)
        self.dropout = nn.Dropout(dropout)
        self.out = nn.Linear(channels, classes)
        for m in self.modules():
            if isinstance(m, (nn.Conv1d, nn.Linear)):
                glorot(m)

    def forward(self, x):
        # The model input is time-major [N, T, F] as in tfjs; PyTorch convolves channels-first [N, F, T].
        h = self.blocks(x.transpose(1, 2))
        h = h.mean(dim=2)
        return self.out(self.dropout(h))


class BiGru(nn.Module):
    """buildRnn with cell 'gru', bidirectional (concat): an optional Conv1D front-end (kernel 5 + BatchNorm + ReLU
    per block, no pooling: the CRNN), `layers` stacked BiGRUs, then pooling over time, dropout and dense."""

    def __init__(self, dims, classes, units, pooling, dropout, conv=(), layers=1):
        super().__init__()
        self.pooling = pooling
        front = []
        channels = dims
        for f in conv:
            front += [nn.Conv1d(channels, f, 5, padding=2, bias=False), nn.BatchNorm1d(f, eps=BN_EPS, momentum=BN_MOMENTUM), nn.ReLU()]
            channels = f
        self.front = nn.Sequential(*front) if front else None
        for m in front:
            if isinstance(m, nn.Conv1d):
                glorot(m)
        self.gru = nn.GRU(channels, units, num_layers=layers, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * units, 1, bias=False) if pooling == "attention" else None
        self.dropout = nn.Dropout(dropout)
        self.out = nn.Linear(2 * units, classes)
        for name, p in self.gru.named_parameters():
            if name.startswith("weight_hh"):
                nn.init.orthogonal_(p)
            elif name.startswith("weight_ih"):
                nn.init.xavier_uniform_(p)
            else:
                nn.init.zeros_(p)
        for m in (self.score, self.out):
            if m is not None:
                glorot(m)

    def forward(self, x):
        if self.front is not None:
            x = self.front(x.transpose(1, 2)).transpose(1, 2)
        seq, h_n = self.gru(x)
        if self.pooling == "last":
            # tfjs' Bidirectional without returnSequences concatenates each direction's final state: the forward
            # one after frame T, the backward one after frame 1, which is h_n here.
            h = torch.cat([h_n[-2], h_n[-1]], dim=1)
        elif self.pooling == "mean":
            h = seq.mean(dim=1)
        else:
            weights = torch.softmax(self.score(seq), dim=1)  # [N, T, 1], softmax over time
            h = (weights * seq).sum(dim=1)
        return self.out(self.dropout(h))


def weighted_softmax_cross_entropy(logits, labels, weights):
    """tf.losses.softmaxCrossEntropy(onehot, logits, weights) with its default reduction SUM_BY_NONZERO_WEIGHTS."""
    per_sample = F.cross_entropy(logits, labels, reduction="none")
    return (per_sample * weights).sum() / (weights != 0).sum().clamp(min=1)


def class_weights(labels, classes):
    """classWeights in train.ts: total / (classes x count), as the shipped config enables."""
    counts = torch.bincount(labels, minlength=classes).double()
    w = torch.where(counts > 0, labels.numel() / (classes * counts), torch.zeros_like(counts))
    return w.float()


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--frames", type=int, default=64)
    p.add_argument("--dims", type=int, default=67)
    p.add_argument("--classes", type=int, default=8)
    p.add_argument("--samples", type=int, default=1152)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--epochs", type=int, default=5, help="epochs in all, the first of them the warm-up")
    p.add_argument("--model", choices=["cnn", "rnn"], default="cnn")
    p.add_argument("--filters", default="64,128,128")
    p.add_argument("--kernel", type=int, default=5)
    p.add_argument("--units", type=int, default=64)
    p.add_argument("--rnn-conv", default="64", help="filters of the RNN's Conv1D front-end blocks, comma-separated ('' = none)")
    p.add_argument("--rnn-layers", type=int, default=1)
    p.add_argument("--pooling", choices=["attention", "mean", "last"], default="attention",
                   help="RNN pooling over time (DEFAULT_TRAIN_CONFIG: attention)")
    p.add_argument("--dropout", type=float, default=0.3)
    p.add_argument("--lr", type=float, default=3e-3)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args(argv)
    if a.epochs < 2:
        p.error("--epochs must be at least 2: the first epoch is warm-up and is not in secondsPerEpoch")
    if a.model == "cnn" and a.kernel % 2 == 0:
        # tfjs' 'same' pads an even kernel asymmetrically, which a symmetric Conv1d padding cannot give at equal length.
        p.error("--kernel must be odd")
    return a


def main(argv):
    a = parse_args(argv)
    torch.set_num_threads(a.threads)
    try:
        torch.set_num_interop_threads(a.threads)
    except RuntimeError:
        pass  # only settable before the first parallel op; harmless to skip
    torch.manual_seed(a.seed)

    x = torch.randn(a.samples, a.frames, a.dims)
    y = torch.randint(0, a.classes, (a.samples,))
    w = class_weights(y, a.classes)[y]

    filters = [int(f) for f in a.filters.split(",") if f]
    if a.model == "cnn":
        model = Cnn1d(a.dims, a.classes, filters, a.kernel, a.dropout)
        arch = {"kind": "1d", "filters": filters, "kernelSize": a.kernel, "pool": True, "dropout": a.dropout}
    else:
        conv = [int(f) for f in a.rnn_conv.split(",") if f]
        model = BiGru(a.dims, a.classes, a.units, a.pooling, a.dropout, conv, a.rnn_layers)
        arch = {"cell": "gru", "units": a.units, "layers": a.rnn_layers, "convFilters": conv, "bidirectional": True,
                "pooling": a.pooling, "dropout": a.dropout}
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=a.lr, eps=ADAM_EPS)

    seconds, cpu_seconds = [], []
    for epoch in range(a.epochs):
        started = time.perf_counter()
        cpu_started = time.process_time()
        order = torch.randperm(a.samples)
        loss_sum, batches = 0.0, 0
        for b in range(0, a.samples, a.batch):
            idx = order[b:b + a.batch]
            opt.zero_grad(set_to_none=True)
            loss = weighted_softmax_cross_entropy(model(x[idx]), y[idx], w[idx])
            loss.backward()
            opt.step()
            # train.ts reads each step's loss back, so the step is complete before the next batch starts.
            loss_sum += loss.item()
            batches += 1
        seconds.append(time.perf_counter() - started)
        cpu_seconds.append(time.process_time() - cpu_started)
        print(f"{a.model} epoch {epoch + 1}: {seconds[-1]:.3f} s, loss {loss_sum / batches:.4f}", file=sys.stderr)

    print(json.dumps({
        "benchmark": "pytorch-reference",
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "model": a.model,
        "architecture": arch,
        "frames": a.frames,
        "dims": a.dims,
        "classes": a.classes,
        "batch": a.batch,
        "samples": a.samples,
        "stepsPerEpoch": -(-a.samples // a.batch),
        "learningRate": a.lr,
        "firstEpochSeconds": round(seconds[0], 4),
        "secondsPerEpoch": round(statistics.median(seconds[1:]), 4),
        "epochs": [round(s, 4) for s in seconds],
        # CPU time of this process (all its threads): on a machine shared with other work, less inflated by the
        # waiting for a core than the wall time.
        "cpuSecondsPerEpoch": round(statistics.median(cpu_seconds[1:]), 4),
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
