"""Progress on a terminal: a live line redrawn in place, cleared before each log message and at the end."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import threading
from pathlib import Path

import pytest
from crawl_helpers import ROOT, crawl_command, serve_articles, url_list
from httpserver import serve


@pytest.mark.slow
def test_a_terminal_gets_a_live_progress_line_that_log_messages_never_run_into(tmp_path: Path) -> None:
    with serve() as site:
        urls = serve_articles(site, 3)
        site.pages["/news/story-02"].delay = 1.5  # the crawl lasts long enough for a few redraws
        controller, terminal = pty.openpty()
        process = subprocess.Popen(
            crawl_command(url_list(tmp_path, urls), tmp_path / "out"), cwd=ROOT, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=terminal,
        )
        os.close(terminal)
        chunks: list[bytes] = []

        def read() -> None:  # drained as it comes: a full terminal buffer would block the crawl
            while True:
                try:
                    data = os.read(controller, 65536)
                except OSError:  # EIO once the crawl has exited and closed its end
                    return
                if not data:
                    return
                chunks.append(data)

        reader = threading.Thread(target=read)
        reader.start()
        assert process.wait(timeout=120) == 0
        reader.join(timeout=30)
        os.close(controller)
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert "\r\x1b[Kprogress: " in screen, screen[-2000:]
    # A live line is always followed by a clearing carriage return: the next redraw or a log message
    # starts on a clean line, never run into the progress text (cut to the terminal's width).
    live = re.findall(r"\r\x1b\[Kprogress: [^\r\n]*(.?)", screen, flags=re.S)
    assert live, screen[screen.find("Spider opened"):]
    assert set(live) == {"\r"}, screen[screen.find("Spider opened"):]
    ran_into = re.search(r"\x1b\[Kprogress: [^\r\n]*\d\d:\d\d:\d\d (INFO|WARNING|ERROR)", screen)
    assert ran_into is None, ran_into.group(0) if ran_into else ""
    assert "crawl of 127.0.0.1 finished" in screen
