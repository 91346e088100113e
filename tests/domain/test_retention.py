"""The retention rule: purge date and purge cutoff agree, also at the ends of months."""

from datetime import datetime, timedelta

from hypothesis import given, settings, strategies as st

from deskclient.domain.retention import RetentionPolicy, add_months


def test_month_arithmetic_rolls_missing_days_forward():
    assert add_months(datetime(2026, 8, 31, 10), 6) == datetime(2027, 3, 1)
    assert add_months(datetime(2026, 8, 28, 10), 6) == datetime(2027, 2, 28, 10)
    assert add_months(datetime(2026, 11, 23, 9, 30), -6) == datetime(2026, 5, 23, 9, 30)
    assert add_months(datetime(2027, 12, 15), 1) == datetime(2028, 1, 15)


def test_purge_date_and_cutoff_agree_around_every_month_end():
    policy = RetentionPolicy(6)
    for year in (2025, 2026):
        for month in range(1, 13):
            for day in (1, 28, 29, 30, 31):
                for hour in (0, 23):
                    try:
                        now = datetime(year, month, day, hour)
                    except ValueError:
                        continue
                    cutoff = policy.cutoff(now)
                    # Every closing hour within four days either side of the cutoff.
                    start = cutoff.replace(minute=0, second=0, microsecond=0) - timedelta(days=4)
                    closings = [start + timedelta(minutes=90 * i) for i in range(8 * 16 + 1)]
                    closings += [cutoff, cutoff + timedelta(microseconds=1)]
                    assert all((policy.purge_date(c) <= now) == (c <= cutoff) for c in closings), now


moments = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1))


@settings(max_examples=100, deadline=None)
@given(moments, moments, st.integers(1, 36))
def test_purge_date_and_cutoff_agree(closed_at, now, months):
    policy = RetentionPolicy(months)
    assert (policy.purge_date(closed_at) <= now) == (closed_at <= policy.cutoff(now))
    assert policy.is_due(closed_at, now) == (policy.purge_date(closed_at) <= now)
    assert not policy.is_due(closed_at, now, on_hold=True)
