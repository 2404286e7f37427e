"""The pytest plugin's fixtures, used as a user's test suite would use them."""

from __future__ import annotations

import pytest

import wushuang

pytest_plugins = ["pytester"]


def test_sync_client_fixture(wushuang_client: wushuang.Wushuang) -> None:
    assert wushuang_client.max_retries == 0
    assert [model.id for model in wushuang_client.models.list().data]


async def test_async_client_fixture(async_wushuang_client: wushuang.AsyncWushuang) -> None:
    completion = await async_wushuang_client.completions.create(model="gpt-3.5-turbo-instruct", prompt="Hi")
    assert completion.choices[0].text


USER_TESTS = """
import pytest

def test_sync(wushuang_client):
    assert wushuang_client.models.list().data

@pytest.mark.{marker}
async def test_async(async_wushuang_client):
    assert (await async_wushuang_client.models.list()).data
"""


@pytest.mark.parametrize(
    ("marker", "options"),
    [("asyncio", ["-o", "asyncio_mode=strict"]), ("anyio", ["-p", "no:asyncio", "-o", "anyio_backend=asyncio"])],
)
def test_fixtures_in_a_user_suite(pytester: pytest.Pytester, marker: str, options: list[str]) -> None:
    """pytest-asyncio in strict mode, and anyio's plugin without pytest-asyncio: both get a working async client."""
    pytester.makepyfile(USER_TESTS.format(marker=marker))
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider", *options)
    result.assert_outcomes(passed=2)
