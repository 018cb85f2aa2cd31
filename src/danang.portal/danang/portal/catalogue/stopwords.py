"""Stop words: what carries no meaning in a request ("làm", "xin", "cho", "thủ tục", "ở đâu"...).

A query is often a whole sentence ("tôi muốn làm giấy khai sinh cho con thì làm thế nào"). The
words and phrases of this list are not required in a procedure; the shipped list is
``words/stopwords.txt``, editors change the registry record (catalogue.settings). Lines are
words or phrases, compared folded; ``#`` starts a comment.
"""

from danang.portal.catalogue.text import find_phrases
from danang.portal.catalogue.text import words
from functools import lru_cache
from pathlib import Path

SHIPPED = Path(__file__).parent / "words" / "stopwords.txt"


class StopWords:
    def __init__(self, lines):
        self.phrases = set()
        for line in lines:
            found = tuple(words(line.split("#", 1)[0]))
            if found:
                self.phrases.add(found)
        self.longest = max((len(phrase) for phrase in self.phrases), default=0)

    def positions(self, folded_words):
        """Indexes of the words that belong to a stop phrase (longest phrases first)."""
        stopped = set()
        for start, end in find_phrases(folded_words, self.phrases, self.longest):
            stopped.update(range(start, end))
        return stopped


@lru_cache(maxsize=8)
def stop_words(lines):
    return StopWords(lines)


def shipped_lines():
    return tuple(SHIPPED.read_text(encoding="utf-8").splitlines())
