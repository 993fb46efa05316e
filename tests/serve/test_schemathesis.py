"""Property-based requests against the OpenAPI spec of the running API (schemathesis): whatever the parameters,
no request gets a server error. Bounded: a fixed number of derandomised examples per operation, over real HTTP."""

from __future__ import annotations

from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402

#: examples per operation (each is one HTTP request on loopback)
EXAMPLES = 30


def test_schemathesis_api_never_answers_with_a_server_error(server: Any) -> None:
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
    failures: list[tuple[Any, ...]] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    calls = 0
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            nonlocal calls
            response = case.call(base_url=server.url, timeout=30)
            calls += 1
            if response.status_code >= 500:
                failures.append((case.method, case.formatted_path, case.query, response.status_code, response.text[:300]))
            elif response.status_code == 200 and "application/json" in str(response.headers.get("content-type")):
                assert isinstance(response.json(), dict)

        check()
    assert calls >= len(operations) * 5
    assert not failures, failures[:5]
