"""JUnit XML for CI systems that show test reports: one testcase per finding.

A failing finding is a <failure>, an acknowledged one is <skipped> with its reason, the
rest pass with their claims in <system-out>. One more testcase, "claims compared", is
always there, so a clean store is a passing report rather than an empty one (which some
CI systems treat as an error). Stale acknowledgements are testcases of their own.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.model import CheckResult, Finding, StaleAcknowledgement
from checker.report.common import RenderOptions, figure, summary_line

SUITE = "claimcheck"
#: Characters XML 1.0 cannot hold at all (they would make the report unreadable).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _claims_text(finding: Finding) -> str:
    return "\n".join(
        f"{c.file}:{c.line}: {figure(c)} ({c.source}, {c.as_of or 'undated'}): "
        f'"{" ".join(c.quote.split())}"'
        for c in finding.claims
    )


def _finding_case(finding: Finding, options: RenderOptions) -> tuple[ET.Element, str]:
    where = finding.claims[0]
    if options.changed is not None:
        where = next((c for c in finding.claims if (c.file, c.line) in options.changed), where)
    case = ET.Element(
        "testcase",
        {
            "classname": f"{SUITE}.{finding.metric}",
            "name": f"{finding.verdict.value} {finding.id}",
            "file": _clean(where.file),
            "line": str(where.line),
        },
    )
    details = f"{finding.explanation}\n{_claims_text(finding)}"
    if finding.acknowledged:
        ET.SubElement(case, "skipped", {"message": _clean(f"acknowledged: {finding.reason}")})
        return case, "skipped"
    if finding.id in options.failing_ids:
        failure = ET.SubElement(
            case, "failure", {"message": _clean(finding.explanation), "type": finding.verdict.value}
        )
        failure.text = _clean(details)
        return case, "failure"
    ET.SubElement(case, "system-out").text = _clean(details)
    return case, "pass"


def _stale_case(entry: StaleAcknowledgement, options: RenderOptions) -> tuple[ET.Element, str]:
    case = ET.Element(
        "testcase",
        {
            "classname": f"{SUITE}.acknowledged",
            "name": f"stale {entry.id}",
            "file": _clean(entry.file),
            "line": str(entry.line),
        },
    )
    message = (
        f"{entry.file}:{entry.line}: acknowledged finding {entry.id} no longer matches any "
        "finding; remove the line"
    )
    if options.strict:
        ET.SubElement(case, "failure", {"message": _clean(message), "type": "stale"}).text = _clean(
            message
        )
        return case, "failure"
    ET.SubElement(case, "system-out").text = _clean(message)
    return case, "pass"


def render(result: CheckResult, options: RenderOptions) -> str:
    overall = ET.Element("testcase", {"classname": SUITE, "name": "claims compared"})
    ET.SubElement(overall, "system-out").text = _clean(summary_line(result, options))
    cases = [(overall, "pass")]
    cases += [_finding_case(f, options) for f in result.findings]
    cases += [_stale_case(s, options) for s in result.stale]
    counts = {
        "tests": str(len(cases)),
        "failures": str(sum(state == "failure" for _, state in cases)),
        "errors": "0",
        "skipped": str(sum(state == "skipped" for _, state in cases)),
    }
    root = ET.Element("testsuites", {"name": SUITE, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE, **counts})
    suite.extend(case for case, _ in cases)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
