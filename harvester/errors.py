"""The one exception type the extraction core raises."""


class NotHTMLError(ValueError):
    """The input is not an HTML document at all (empty, binary, plain text).

    Everything else, however broken, yields a record with warnings instead: callers need one
    ``except`` clause to tell "skip this file" from "this page extracted badly". The message
    starts with "not HTML:" and says what the input is instead ("a PNG image", "empty document").
    """
