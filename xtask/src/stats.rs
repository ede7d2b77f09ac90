//! Medians and spreads of repeated measurements.

/// The median of `values` (the mean of the middle two for an even count).
pub(crate) fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// The smallest and largest of `values`.
pub(crate) fn range(values: &[f64]) -> (f64, f64) {
    values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
            (lo.min(v), hi.max(v))
        })
}

/// `median [min–max]`, with `digits` decimals.
pub(crate) fn summary(values: &[f64], digits: usize) -> String {
    let (lo, hi) = range(values);
    format!("{:.digits$} [{lo:.digits$}–{hi:.digits$}]", median(values))
}

/// Each round's ratio of two measurements made in that round, so that a slow moment of the
/// machine weighs on both sides of it.
pub(crate) fn per_round(numerator: &[f64], denominator: &[f64]) -> Vec<f64> {
    numerator
        .iter()
        .zip(denominator)
        .map(|(numerator, denominator)| numerator / denominator)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        assert_eq!(range(&[4.0, 1.0, 2.0]), (1.0, 4.0));
    }

    #[test]
    fn ratios_pair_the_rounds() {
        assert_eq!(per_round(&[2.0, 3.0], &[1.0, 2.0]), [2.0, 1.5]);
    }
}
