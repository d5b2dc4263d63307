#!/usr/bin/env python3
"""Reference numbers for tests/forecasts/unit/holt_winters_test.cpp, from an independent
implementation: statsmodels' ExponentialSmoothing (Debian 12 python3-statsmodels 0.13.5).

Series: a10, monthly anti-diabetic drug sales in Australia ($ million), July 1991 to June 2008,
204 months: the series fpp3 (Hyndman & Athanasopoulos, 3rd ed., §2.2) builds from
tsibbledata::PBS (ATC2 == "A10", total Cost / 1e6), here in fpp2's edition (fpp2::a10). The
values in a10_values.txt are those of the Rdatasets export of fpp2::a10 (taken from a C# port of
that export), twelve a line, July to June.

Model: additive Holt-Winters, m = 12, with RULES.md D-R6's initial states
("known" initialisation): l0 = mean(y1..y12), b0 = (mean(y13..y24) - l0) / 12,
s_(j-12) = y_j - l0 for j = 1..12, fixed smoothing parameters (no optimisation).

Run: python3 tests/forecasts/reference/holt_winters_a10.py
(needs numpy, scipy, pandas, statsmodels; not a build or test dependency). Prints JSON: per case
the first and last 12 fitted values and the 12 forecasts the C++ test holds its numbers to.
"""
import json
import os

import numpy as np
import statsmodels
from statsmodels.tsa.holtwinters import ExponentialSmoothing

HERE = os.path.dirname(os.path.abspath(__file__))
M = 12


def load():
    with open(os.path.join(HERE, "a10_values.txt")) as f:
        return np.array([float(v) for v in f.read().split()])


def known_states(y):
    level = y[:M].mean()
    trend = (y[M:2 * M].mean() - level) / M
    season = y[:M] - level  # s_(1-m) .. s_0
    return level, trend, season


def fit(y, alpha, beta, gamma, horizon):
    level, trend, season = known_states(y)
    model = ExponentialSmoothing(y, trend="add", seasonal="add", seasonal_periods=M,
                                 initialization_method="known", initial_level=level,
                                 initial_trend=trend, initial_seasonal=season)
    res = model.fit(smoothing_level=alpha, smoothing_trend=beta, smoothing_seasonal=gamma,
                    optimized=False)
    # fpp3's forecast equation on statsmodels' own final states. statsmodels 0.13.5's forecast()
    # uses s_(T-m) instead of s_T at h = m, 2m, ... (statsmodels issue #9538, fixed by PR
    # #10230): at those horizons the reference is this, elsewhere forecast() itself.
    level, trend, season = res.level[-1], res.trend[-1], res.season[-M:]
    by_states = np.array([level + h * trend + season[(h - 1) % M] for h in range(1, horizon + 1)])
    return np.asarray(res.fittedvalues), np.asarray(res.forecast(horizon)), by_states


def hand(y, alpha, beta, gamma, horizon):
    """The component form written out, to check statsmodels is read the way D-R6 means."""
    level, trend, season = known_states(y)
    s = list(season)
    fitted = []
    for t, v in enumerate(y):
        fitted.append(level + trend + s[t])
        new_level = alpha * (v - s[t]) + (1 - alpha) * (level + trend)
        new_trend = beta * (new_level - level) + (1 - beta) * trend
        s.append(gamma * (v - level - trend) + (1 - gamma) * s[t])
        level, trend = new_level, new_trend
    n = len(y)
    fc = [level + h * trend + s[n + (h - 1) % M] for h in range(1, horizon + 1)]
    return np.array(fitted), np.array(fc)


def main():
    y = load()
    assert len(y) == 204
    out = {"statsmodels": statsmodels.__version__, "cases": []}
    for alpha, beta, gamma, n_train in [(0.3, 0.1, 0.2, 204), (0.5, 0.05, 0.3, 192)]:
        train = y[:n_train]
        fitted, sm_forecast, fc = fit(train, alpha, beta, gamma, 12)
        hf, hfc = hand(train, alpha, beta, gamma, 12)
        assert np.allclose(fitted, hf, atol=1e-9) and np.allclose(fc, hfc, atol=1e-9)
        assert np.allclose(sm_forecast[:11], fc[:11], atol=1e-9)  # h = 12: issue #9538
        out["cases"].append({
            "alpha": alpha, "beta": beta, "gamma": gamma, "train": n_train,
            "fitted_first_12": [round(v, 6) for v in fitted[:12]],
            "fitted_last_12": [round(v, 6) for v in fitted[-12:]],
            "forecast_12": [round(v, 6) for v in fc],
            "statsmodels_forecast_h12": round(sm_forecast[11], 6),
        })
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
