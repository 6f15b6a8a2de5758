"""Retries, deadlines and the errors that end a call — seen against the package's fake Marketing API.

A read is retried (new nonce and timestamp each attempt) on a dropped connection, a 5xx or a transient API code;
an error that retrying cannot fix (an invalid token, a per-minute limit) ends the call at once, typed.
"""

from __future__ import annotations

from tencent_ads import AuthError, Client, RateLimitError, RetryPolicy
from tencent_ads.testing import FakeMarketingAPI, Fault


def main() -> None:
    policy = RetryPolicy(max_attempts=4, deadline=30, wait_initial=0.05, wait_max=0.2)
    with FakeMarketingAPI() as api, Client(base_url=api.base_url, access_token=api.token, retry=policy) as client:
        account = api.account_id

        # Three failures, then an answer: the call succeeds on its fourth attempt.
        api.inject(Fault("drop_connection"), Fault("http_status", status=503), Fault("api_error", code=11016))
        page = client.async_tasks.get(account_id=account, page_size=5)
        print(f"after 3 retried failures: {len(page.list_)} tasks")

        # 11017, the per-minute limit: the API refuses the endpoint for ~5 minutes, so it is not retried.
        api.inject(Fault("api_error", code=11017))
        try:
            client.async_tasks.get(account_id=account)
        except RateLimitError as error:
            print(f"not retried: {error.code} ({error.window} window)")

        # An invalid token: not retried either (a RefreshingToken would refresh it and retry once).
        api.inject(Fault("api_error", code=11002))
        try:
            client.async_tasks.get(account_id=account, retry=0)  # retry=0: this call, no retries at all
        except AuthError as error:
            print(f"{type(error).__name__} {error.code}")


if __name__ == "__main__":
    main()
