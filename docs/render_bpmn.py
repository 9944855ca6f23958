#!/usr/bin/env python3
"""Draws a BPMN file's diagram (its DI shapes and edges) as a plain SVG for the README.

    python3 docs/render_bpmn.py processes/unit-report.bpmn docs/unit-report.svg

Only the Python standard library; expressions in names are shown as «…» placeholders in Vietnamese.
"""
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

NS = {
    "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
    "dc": "http://www.omg.org/spec/DD/20100524/DC",
    "di": "http://www.omg.org/spec/DD/20100524/DI",
}
PLACEHOLDERS = {"reportTitle": "tên báo cáo", "campaignName": "tên phong trào", "unitName": "tên đơn vị"}
TASK_FILL = {"userTask": "#e8f1fb", "serviceTask": "#fdf6e3", "callActivity": "#eef8ee",
             "businessRuleTask": "#f3eefb", "sendTask": "#fdf6e3", "scriptTask": "#fdf6e3"}
TASK_ICON = {"userTask": "👤", "serviceTask": "⚙", "businessRuleTask": "▦", "sendTask": "✉", "scriptTask": "✎"}
GATEWAY_MARK = {"exclusiveGateway": "×", "parallelGateway": "+", "inclusiveGateway": "○", "eventBasedGateway": "⬠"}


def local(tag):
    return tag.split("}", 1)[1]


def readable(name):
    return re.sub(r"\$\{(\w+)\}", lambda m: "«" + PLACEHOLDERS.get(m.group(1), m.group(1)) + "»", name or "")


def wrap(text, width=18):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = (line + " " + word).strip()
    if line:
        lines.append(line)
    return lines


def elements(root):
    found = {}
    for el in root.iter():
        if "id" in el.attrib and el.tag.startswith("{" + NS["bpmn"] + "}"):
            found[el.attrib["id"]] = el
    return found


def label_at(shape, name, x, y):
    """The element's name where the diagram places its label, or at the given default spot."""
    bounds = shape.find("bpmndi:BPMNLabel/dc:Bounds", NS)
    if bounds is not None:
        x = float(bounds.attrib["x"]) + float(bounds.attrib["width"]) / 2
        y = float(bounds.attrib["y"]) + 10
    return f'<text x="{x}" y="{y}" text-anchor="middle">{name}</text>'


def event_marker(el, cx, cy):
    kinds = {local(c.tag) for c in el}
    out = []
    if "timerEventDefinition" in kinds:
        out.append(f'<circle cx="{cx}" cy="{cy}" r="9" fill="white" stroke="#333"/>'
                   f'<line x1="{cx}" y1="{cy}" x2="{cx}" y2="{cy - 6}" stroke="#333"/>'
                   f'<line x1="{cx}" y1="{cy}" x2="{cx + 4}" y2="{cy}" stroke="#333"/>')
    if "messageEventDefinition" in kinds:
        out.append(f'<rect x="{cx - 8}" y="{cy - 5}" width="16" height="11" fill="white" stroke="#333"/>'
                   f'<polyline points="{cx - 8},{cy - 5} {cx},{cy + 1} {cx + 8},{cy - 5}" fill="none" stroke="#333"/>')
    if "terminateEventDefinition" in kinds:
        out.append(f'<circle cx="{cx}" cy="{cy}" r="10" fill="#333"/>')
    if "errorEventDefinition" in kinds:
        out.append(f'<text x="{cx}" y="{cy + 5}" text-anchor="middle" style="font-size:14px">ϟ</text>')
    if "signalEventDefinition" in kinds:
        out.append(f'<polygon points="{cx},{cy - 8} {cx + 8},{cy + 6} {cx - 8},{cy + 6}" fill="white" stroke="#333"/>')
    return "".join(out)


def render(bpmn_path, svg_path):
    root = ET.parse(bpmn_path).getroot()
    by_id = elements(root)
    shapes, edges = [], []
    for plane in root.iter("{%s}BPMNPlane" % NS["bpmndi"]):
        for child in plane:
            if local(child.tag) == "BPMNShape":
                b = child.find("dc:Bounds", NS)
                shapes.append((child.attrib["bpmnElement"], float(b.attrib["x"]), float(b.attrib["y"]),
                               float(b.attrib["width"]), float(b.attrib["height"]), child))
            elif local(child.tag) == "BPMNEdge":
                points = [(float(w.attrib["x"]), float(w.attrib["y"])) for w in child.findall("di:waypoint", NS)]
                edges.append((child.attrib["bpmnElement"], points, child))
    xs = [s[1] for s in shapes] + [p[0] for e in edges for p in e[1]]
    ys = [s[2] for s in shapes] + [p[1] for e in edges for p in e[1]]
    xe = [s[1] + s[3] for s in shapes]
    ye = [s[2] + s[4] for s in shapes]
    x0, y0 = min(xs) - 40, min(ys) - 40
    x1, y1 = max(xe + xs) + 40, max(ye + ys) + 60
    w, h = x1 - x0, y1 - y0
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x0} {y0} {w} {h}" width="{w}" height="{h}" '
           'style="font-family:Arial,sans-serif;font-size:11px">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>',
           f'<rect x="{x0}" y="{y0}" width="{w}" height="{h}" fill="white"/>']
    # Containers first, largest first, so what they hold is drawn on top of them.
    ordered = sorted(shapes, key=lambda s: (0, -s[3] * s[4]) if local(by_id[s[0]].tag) in ("subProcess", "participant")
                     else (1, 0))
    for el_id, x, y, sw, sh, shape in ordered:
        el = by_id[el_id]
        kind = local(el.tag)
        name = escape(readable(el.attrib.get("name")))
        cx, cy = x + sw / 2, y + sh / 2
        if kind in ("subProcess", "participant"):
            out.append(f'<rect x="{x}" y="{y}" width="{sw}" height="{sh}" rx="10" fill="#f7f9fb" stroke="#333" '
                       'stroke-width="1.5"/>')
            out.append(f'<text x="{x + 8}" y="{y + 16}" style="font-weight:600">{name}</text>')
        elif kind.endswith("Task") or kind in ("task", "callActivity"):
            stroke = 3 if kind == "callActivity" else 1.5
            out.append(f'<rect x="{x}" y="{y}" width="{sw}" height="{sh}" rx="10" fill="{TASK_FILL.get(kind, "#fff")}" '
                       f'stroke="#333" stroke-width="{stroke}"/>')
            if kind in TASK_ICON:
                out.append(f'<text x="{x + 6}" y="{y + 15}">{TASK_ICON[kind]}</text>')
            lines = wrap(readable(el.attrib.get("name")))
            top = cy - (len(lines) - 1) * 6.5 + 4
            for i, line in enumerate(lines):
                out.append(f'<text x="{cx}" y="{top + i * 13}" text-anchor="middle">{escape(line)}</text>')
        elif kind.endswith("Gateway"):
            out.append(f'<polygon points="{cx},{y} {x + sw},{cy} {cx},{y + sh} {x},{cy}" fill="white" stroke="#333" '
                       'stroke-width="1.5"/>')
            out.append(f'<text x="{cx}" y="{cy + 7}" text-anchor="middle" style="font-size:22px">'
                       f'{GATEWAY_MARK.get(kind, "")}</text>')
            out.append(label_at(shape, name, cx, y - 8))
        elif kind.endswith("Event"):
            r = sw / 2
            width = 3 if kind == "endEvent" else 1.5
            dash = ' stroke-dasharray="4 3"' if el.attrib.get("cancelActivity") == "false" else ""
            out.append(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="white" stroke="#333" stroke-width="{width}"{dash}/>')
            if kind in ("intermediateCatchEvent", "boundaryEvent", "intermediateThrowEvent"):
                out.append(f'<circle cx="{cx}" cy="{cy}" r="{r - 3}" fill="none" stroke="#333"{dash}/>')
            out.append(event_marker(el, cx, cy))
            out.append(label_at(shape, name, cx, y + sh + 14))
        multi = el.find("bpmn:multiInstanceLoopCharacteristics", NS)
        if multi is not None:
            vertical = multi.attrib.get("isSequential") == "true"
            for dx in (-4, 0, 4):
                if vertical:
                    out.append(f'<line x1="{cx - 5}" y1="{y + sh - 10 + dx}" x2="{cx + 5}" y2="{y + sh - 10 + dx}" '
                               'stroke="#333" stroke-width="2"/>')
                else:
                    out.append(f'<line x1="{cx + dx}" y1="{y + sh - 14}" x2="{cx + dx}" y2="{y + sh - 4}" '
                               'stroke="#333" stroke-width="2"/>')
    for el_id, points, edge in edges:
        el = by_id.get(el_id)
        dashed = el is not None and local(el.tag) in ("messageFlow", "association")
        pts = " ".join(f"{px},{py}" for px, py in points)
        out.append(f'<polyline points="{pts}" fill="none" stroke="#333" stroke-width="1.2" '
                   + ('stroke-dasharray="5 4" ' if dashed else '') + 'marker-end="url(#arrow)"/>')
        name = readable(el.attrib.get("name")) if el is not None else ""
        if name:
            label = edge.find("bpmndi:BPMNLabel/dc:Bounds", NS)
            if label is not None:
                lx, ly = float(label.attrib["x"]), float(label.attrib["y"]) + 10
            else:
                (ax, ay), (bx, by) = points[0], points[1]
                lx, ly = (ax + bx) / 2 + 4, (ay + by) / 2 - 4
            out.append(f'<text x="{lx}" y="{ly}">{escape(name)}</text>')
    out.append("</svg>")
    with open(svg_path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: render_bpmn.py <file.bpmn> <file.svg>")
    render(sys.argv[1], sys.argv[2])
