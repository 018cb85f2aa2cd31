"""``shares``: percentages of the three levels that add up to 100, and the satisfied share."""

from danang.portal.satisfaction.shares import shares

import pytest


@pytest.mark.parametrize(
    "counts, digits, percent, satisfied",
    [
        ({"very_satisfied": 2, "satisfied": 1}, 1, (66.7, 33.3, 0.0), 100.0),
        # Plain rounding would give 33.3 × 3 = 99.9: the largest remainder takes the last unit,
        # the best level first on ties.
        ({"very_satisfied": 1, "satisfied": 1, "dissatisfied": 1}, 1, (33.4, 33.3, 33.3), 66.7),
        ({"very_satisfied": 1, "satisfied": 1, "dissatisfied": 1}, 0, (34.0, 33.0, 33.0), 67.0),
        ({"very_satisfied": 1, "dissatisfied": 7}, 1, (12.5, 0.0, 87.5), 12.5),
        ({"very_satisfied": 0, "satisfied": 0, "dissatisfied": 5}, 1, (0.0, 0.0, 100.0), 0.0),
        # 1/7, 5/7, 1/7 at two digits: 1428 + 7142 + 1428 = 9998 hundredths; the two left go to
        # the largest remainders (.857, then .571 of the best level).
        ({"very_satisfied": 1, "satisfied": 5, "dissatisfied": 1}, 2, (14.29, 71.43, 14.28), 85.71),
        ({"satisfied": 200_000, "dissatisfied": 1}, 1, (0.0, 100.0, 0.0), 100.0),
    ],
)
def test_shares_add_up_to_100(counts, digits, percent, satisfied):
    result = shares(counts, digits=digits)
    assert tuple(result.percent.values()) == percent
    assert list(result.percent) == ["very_satisfied", "satisfied", "dissatisfied"]
    assert round(sum(result.percent.values()), digits) == 100
    assert result.satisfied == satisfied
    assert result.total == sum(counts.values())


def test_no_ratings_is_not_a_zero_share():
    result = shares({})
    assert result.total == 0
    assert result.percent == {"very_satisfied": 0.0, "satisfied": 0.0, "dissatisfied": 0.0}
    assert result.satisfied is None


def test_missing_levels_count_zero():
    assert shares({"satisfied": 3}).counts == {"very_satisfied": 0, "satisfied": 3, "dissatisfied": 0}


@pytest.mark.parametrize(
    "counts",
    [{"happy": 1}, {"satisfied": -1}, {"satisfied": 1.5}, {"satisfied": "3"}, {"satisfied": True}],
)
def test_bad_counts_are_refused(counts):
    with pytest.raises(ValueError):
        shares(counts)


def test_bad_digits_are_refused():
    with pytest.raises(ValueError):
        shares({"satisfied": 1}, digits=-1)
