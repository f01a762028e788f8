"""Study identifiers: each scheme in its printed and linked forms, normalised to one spelling."""

from __future__ import annotations

import pytest

from harvester.evidence.identifiers import Found, identifiers_in_text, identifiers_in_url, mentions, normalise_doi

TEXT_CASES = [
    ("published as doi:10.1056/NEJMoa2034577.", Found("doi", "10.1056/nejmoa2034577")),
    ("DOI: https://doi.org/10.1016/S0140-6736(20)32661-1)", Found("doi", "10.1016/s0140-6736(20)32661-1")),
    ("(https://dx.doi.org/10.1038/s41586-020-2012-7), it says", Found("doi", "10.1038/s41586-020-2012-7")),
    ("PMID: 33301246", Found("pmid", "33301246")),
    ("PubMed ID 33301246", Found("pmid", "33301246")),
    ("PMCID: PMC8169603", Found("pmcid", "PMC8169603")),
    ("registered as NCT04652570.", Found("nct", "NCT04652570")),
    ("registriert unter nct 04652570", Found("nct", "NCT04652570")),
    ("ISRCTN 89951424", Found("isrctn", "ISRCTN89951424")),
    ("EudraCT number 2020-002641-42", Found("eudract", "2020-002641-42")),
    ("EU CT 2023-503456-21-00", Found("ctis", "2023-503456-21-00")),
    ("(jRCTa031190228)", Found("jrct", "jRCTa031190228")),
    ("jRCT2031200001", Found("jrct", "jRCT2031200001")),
    ("ChiCTR2000029308", Found("chictr", "ChiCTR2000029308")),
    ("ChiCTR-IOR-17013090", Found("chictr", "ChiCTR-IOR-17013090")),
    ("ACTRN12620000123456", Found("actrn", "ACTRN12620000123456")),
    ("CTRI/2020/05/025114", Found("ctri", "CTRI/2020/05/025114")),
    ("DRKS00023650", Found("drks", "DRKS00023650")),
    ("UMIN000012345", Found("umin", "UMIN000012345")),
    ("KCT0005123", Found("kct", "KCT0005123")),
    ("arXiv:2303.08774v3", Found("arxiv", "2303.08774")),
    ("arXiv: hep-th/9901001", Found("arxiv", "hep-th/9901001")),
    ("doi:10.1101/2020.12.10.20246736", Found("medrxiv", "2020.12.10.20246736")),
    ("10.1101/2020.03.22.002386", Found("biorxiv", "2020.03.22.002386")),
]


@pytest.mark.parametrize(("text", "want"), TEXT_CASES, ids=[case[1].scheme + "-" + case[0][:20] for case in TEXT_CASES])
def test_identifier_in_text(text: str, want: Found) -> None:
    assert want in identifiers_in_text(text)


URL_CASES = [
    ("https://pmc.ncbi.nlm.nih.gov/articles/PMC8169603/", [Found("pmcid", "PMC8169603")]),
    ("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7745181/", [Found("pmcid", "PMC7745181")]),
    ("https://pubmed.ncbi.nlm.nih.gov/33301246/", [Found("pmid", "33301246")]),
    ("http://www.ncbi.nlm.nih.gov/pubmed/22127712", [Found("pmid", "22127712")]),
    ("https://europepmc.org/article/MED/33301246", [Found("pmid", "33301246")]),
    ("https://www.nature.com/articles/d41586-025-00863-2", [Found("doi", "10.1038/d41586-025-00863-2")]),
    ("https://www.nejm.org/doi/full/10.1056/NEJMoa2034577", [Found("doi", "10.1056/nejmoa2034577")]),
    ("http://doi.org/10.1073%2Fpnas.1015876108", [Found("doi", "10.1073/pnas.1015876108")]),
    ("https://www.frontiersin.org/articles/10.3389/fpsyg.2020.01234/full", [Found("doi", "10.3389/fpsyg.2020.01234")]),
    ("https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0230405", [Found("doi", "10.1371/journal.pone.0230405")]),
    (
        "https://www.medrxiv.org/content/10.1101/2020.12.10.20246736v1.full.pdf",
        [Found("doi", "10.1101/2020.12.10.20246736"), Found("medrxiv", "2020.12.10.20246736")],
    ),
    ("https://arxiv.org/pdf/2303.08774v3.pdf", [Found("arxiv", "2303.08774")]),
    ("https://clinicaltrials.gov/study/NCT04368728", [Found("nct", "NCT04368728")]),
    ("https://clinicaltrials.gov/ct2/show/nct04368728?term=x", [Found("nct", "NCT04368728")]),
    ("https://www.isrctn.com/ISRCTN89951424", [Found("isrctn", "ISRCTN89951424")]),
    ("https://www.clinicaltrialsregister.eu/ctr-search/trial/2020-002641-42/DE", [Found("eudract", "2020-002641-42")]),
    ("https://euclinicaltrials.eu/ctis-public/view/2023-503456-21-00", [Found("ctis", "2023-503456-21-00")]),
    ("https://jrct.niph.go.jp/latest-detail/jRCTa031190228", [Found("jrct", "jRCTa031190228")]),
    ("https://drks.de/search/de/trial/DRKS00023650", [Found("drks", "DRKS00023650")]),
    ("https://www.keio.ac.jp/en/press-releases/2025/Mar/21/49-164139/", []),
    ("https://example.org/2020-002641-42/", []),
]


@pytest.mark.parametrize(("url", "want"), URL_CASES, ids=[case[0][8:50] for case in URL_CASES])
def test_identifiers_in_url(url: str, want: list[Found]) -> None:
    assert identifiers_in_url(url) == want


def test_doi_normalisation_keeps_paired_brackets_and_drops_sentence_punctuation() -> None:
    assert normalise_doi("https://doi.org/10.1016/S0140-6736(20)32661-1") == "10.1016/s0140-6736(20)32661-1"
    assert normalise_doi("(see 10.1056/NEJMoa2034577).") == "10.1056/nejmoa2034577"
    assert normalise_doi("doi:10.1000/") is None


def test_eudract_number_needs_its_name_in_prose() -> None:
    assert identifiers_in_text("The hotline 2020-002641-42 is open.") == []


def test_registry_number_inside_a_doi_belongs_to_the_doi() -> None:
    assert identifiers_in_text("doi:10.1186/ISRCTN12345678") == [Found("doi", "10.1186/isrctn12345678")]


def test_mentions_carry_their_sentence_once_each() -> None:
    text = (
        "The trial was registered. It is listed as NCT04368728 on the registry. Results (doi:10.1056/NEJMoa2034577) "
        "were published in December. NCT04368728 enrolled 43,548 people.\nPMID: 33301246"
    )
    got = [(m.scheme, m.value, m.sentence) for m in mentions(text)]
    assert got == [
        ("nct", "NCT04368728", "It is listed as NCT04368728 on the registry."),
        ("doi", "10.1056/nejmoa2034577", "Results (doi:10.1056/NEJMoa2034577) were published in December."),
        ("pmid", "33301246", "PMID: 33301246"),
    ]
