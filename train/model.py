"""LSTM + mixture density head (Graves 2013), the layout the TypeScript engine reads.

Output vector of length 1 + 6M (M mixture components), offsets from OUT_* below:
  [0]            end-of-stroke logit      -> sigmoid
  [1, 1+M)       mixture logits           -> softmax (divided by temperature)
  [1+M, 1+2M)    mu_x                     identity
  [1+2M, 1+3M)   mu_y                     identity
  [1+3M, 1+4M)   log sigma_x              -> exp (times temperature)
  [1+4M, 1+5M)   log sigma_y              -> exp (times temperature)
  [1+5M, 1+6M)   rho (pre-tanh)           -> tanh
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class PenModel(nn.Module):
    def __init__(self, hidden=256, mixtures=20):
        super().__init__()
        self.hidden, self.mixtures = hidden, mixtures
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1 + 6 * mixtures)

    def forward(self, x, state=None):
        y, state = self.lstm(x, state)
        return self.head(y), state

    def split(self, out):
        m = self.mixtures
        eos = out[..., 0]
        pi = out[..., 1:1 + m]
        mx, my = out[..., 1 + m:1 + 2 * m], out[..., 1 + 2 * m:1 + 3 * m]
        lsx, lsy = out[..., 1 + 3 * m:1 + 4 * m], out[..., 1 + 4 * m:1 + 5 * m]
        rho = torch.tanh(out[..., 1 + 5 * m:1 + 6 * m]) * 0.999
        return eos, pi, mx, my, lsx, lsy, rho


def nll(model, out, target):
    """Mean negative log-likelihood per point, in nats (offset density + pen bit)."""
    eos, pi, mx, my, lsx, lsy, rho = model.split(out)
    x, y, pen = target[..., 0:1], target[..., 1:2], target[..., 2]
    zx = (x - mx) * torch.exp(-lsx)
    zy = (y - my) * torch.exp(-lsy)
    one_m_r2 = 1 - rho * rho
    log_n = (-(zx * zx + zy * zy - 2 * rho * zx * zy) / (2 * one_m_r2)
             - lsx - lsy - 0.5 * torch.log(one_m_r2) - math.log(2 * math.pi))
    log_mix = torch.logsumexp(F.log_softmax(pi, dim=-1) + log_n, dim=-1)
    pen_nll = F.binary_cross_entropy_with_logits(eos, pen, reduction="none")
    return (-log_mix + pen_nll).mean(), (-log_mix).mean(), pen_nll.mean()
