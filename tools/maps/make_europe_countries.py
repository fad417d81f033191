#!/usr/bin/env python3
"""Makes europe-countries.csv, the country shapes of the report's map, from world-atlas's countries-50m.json.

Run by hand, with Python 3 and nothing else (see src/main/resources/maps/README.md), from the project's folder:
    python3 tools/maps/make_europe_countries.py path/to/package/countries-50m.json \
        > src/main/resources/maps/europe-countries.csv

What it does, in order:
 1. decodes the TopoJSON arcs (quantised, delta-encoded) to longitude/latitude;
 2. simplifies every arc once (Douglas-Peucker, tolerance TOLERANCE_M on the map's projection), so that two
    neighbours keep the same simplified border;
 3. names each shape with its Eurostat country code (ISO 3166-1 alpha-2, but EL for Greece, UK for the United
    Kingdom, XK for Kosovo) and joins the shapes that Natural Earth keeps apart to the country they belong to in
    EU usage: Aland to Finland, Northern Cyprus to Cyprus, Crimea to Ukraine (the shared border is dissolved);
 4. clips every ring to the map's frame, widened by MARGIN_M, on the projection (so nothing far away is kept);
 5. drops islands smaller than MIN_AREA_KM2 (invisible at page scale), but never a country's largest ring nor a hole;
 6. rounds coordinates to 0.01 degree and writes one ring per row: country,points ("lon lat lon lat ...").
A country's rings are to be filled with the even-odd rule: a ring inside another is a hole (San Marino in Italy).
"""
import csv
import json
import math
import sys

# The frame of the map on ETRS89-LAEA (EPSG:3035) in metres; it must cover EuropeMap's frame in the Java code.
FRAME = (2_450_000, 1_300_000, 6_850_000, 5_500_000)
MARGIN_M = 300_000
TOLERANCE_M = 1_500
MIN_AREA_KM2 = 120

# Natural Earth's ISO 3166-1 numeric codes (the features' ids) to Eurostat's country codes.
CODES = {
    '004': 'AF', '008': 'AL', '012': 'DZ', '020': 'AD', '031': 'AZ', '040': 'AT', '051': 'AM', '056': 'BE',
    '070': 'BA', '100': 'BG', '112': 'BY', '191': 'HR', '196': 'CY', '203': 'CZ', '208': 'DK', '233': 'EE',
    '234': 'FO', '246': 'FI', '248': 'FI', '250': 'FR', '268': 'GE', '275': 'PS', '276': 'DE', '300': 'EL',
    '304': 'GL', '336': 'VA', '348': 'HU', '352': 'IS', '364': 'IR', '368': 'IQ', '372': 'IE', '376': 'IL',
    '380': 'IT', '398': 'KZ', '400': 'JO', '414': 'KW', '422': 'LB', '428': 'LV', '434': 'LY', '438': 'LI',
    '440': 'LT', '442': 'LU', '470': 'MT', '492': 'MC', '498': 'MD', '499': 'ME', '504': 'MA', '528': 'NL',
    '578': 'NO', '586': 'PK', '616': 'PL', '620': 'PT', '642': 'RO', '643': 'RU', '674': 'SM', '682': 'SA',
    '688': 'RS', '703': 'SK', '705': 'SI', '724': 'ES', '752': 'SE', '756': 'CH', '760': 'SY', '762': 'TJ',
    '788': 'TN', '792': 'TR', '795': 'TM', '804': 'UA', '807': 'MK', '818': 'EG', '826': 'UK', '831': 'GG',
    '832': 'JE', '833': 'IM', '860': 'UZ',
}
# Features without an ISO numeric id, by Natural Earth name.
NAMED = {'Kosovo': 'XK', 'N. Cyprus': 'CY'}
# Crimea is a polygon of Natural Earth's Russia (de facto view); its bounding box picks it out.
CRIMEA = (32.0, 44.0, 37.0, 46.5)

# GRS80 on a sphere of the same area is precise enough for clipping and simplifying; the Java code is exact.
R = 6_371_007.2
LAT0, LON0 = math.radians(52), math.radians(10)
FE, FN = 4_321_000, 3_210_000


def project(lon, lat):
    lam, phi = math.radians(lon) - LON0, math.radians(lat)
    k = math.sqrt(2 / (1 + math.sin(LAT0) * math.sin(phi) + math.cos(LAT0) * math.cos(phi) * math.cos(lam)))
    return (FE + R * k * math.cos(phi) * math.sin(lam),
            FN + R * k * (math.cos(LAT0) * math.sin(phi) - math.sin(LAT0) * math.cos(phi) * math.cos(lam)))


def unproject(x, y):
    x, y = x - FE, y - FN
    rho = math.hypot(x, y)
    if rho == 0:
        return math.degrees(LON0), math.degrees(LAT0)
    c = 2 * math.asin(rho / (2 * R))
    lat = math.asin(math.cos(c) * math.sin(LAT0) + y * math.sin(c) * math.cos(LAT0) / rho)
    lon = LON0 + math.atan2(x * math.sin(c), rho * math.cos(LAT0) * math.cos(c) - y * math.sin(LAT0) * math.sin(c))
    return math.degrees(lon), math.degrees(lat)


def decode_arcs(topology):
    (sx, sy), (tx, ty) = topology['transform']['scale'], topology['transform']['translate']
    arcs = []
    for arc in topology['arcs']:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def segment_distance(p, a, b):
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0 if length2 == 0 else max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def simplify(points, tolerance):
    """Douglas-Peucker on projected points, keeping both ends (arcs meet there)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0, None
        for i in range(first + 1, last):
            d = segment_distance(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def ring_of(arc_indices, arcs):
    ring = []
    for i in arc_indices:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points if not ring else points[1:])
    return ring


def dissolve(rings):
    """Joins rings (lists of signed arc indices) that share arcs, dropping the shared ones (no holes expected)."""
    uses = {}
    for ring in rings:
        for i in ring:
            uses[i if i >= 0 else ~i] = uses.get(i if i >= 0 else ~i, 0) + 1
    remaining = [i for ring in rings for i in ring if uses[i if i >= 0 else ~i] == 1]
    return remaining


def stitch(arc_indices, arcs):
    """Orders arcs end to start into closed rings."""
    def start(i): return arcs[i][0] if i >= 0 else arcs[~i][-1]
    def end(i): return arcs[i][-1] if i >= 0 else arcs[~i][0]
    left = list(arc_indices)
    rings = []
    while left:
        ring = [left.pop(0)]
        while end(ring[-1]) != start(ring[0]):
            following = next(i for i in left if start(i) == end(ring[-1]))
            left.remove(following)
            ring.append(following)
        rings.append(ring)
    return rings


def clip(ring, box):
    """Sutherland-Hodgman against an axis-aligned box, on projected points."""
    x0, y0, x1, y1 = box
    edges = [(lambda p: p[0] >= x0, lambda a, b: cut_x(a, b, x0)),
             (lambda p: p[0] <= x1, lambda a, b: cut_x(a, b, x1)),
             (lambda p: p[1] >= y0, lambda a, b: cut_y(a, b, y0)),
             (lambda p: p[1] <= y1, lambda a, b: cut_y(a, b, y1))]
    points = ring[:-1] if ring[0] == ring[-1] else ring
    for inside, cut in edges:
        if not points:
            break
        result = []
        previous = points[-1]
        for current in points:
            if inside(current):
                if not inside(previous):
                    result.append(cut(previous, current))
                result.append(current)
            elif inside(previous):
                result.append(cut(previous, current))
            previous = current
        points = result
    return points


def cut_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def cut_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def area_km2(points):
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1]))) / 2e6


def in_box(ring, arcs, box):
    points = ring_of(ring, arcs)
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return box[0] <= min(lons) and max(lons) <= box[2] and box[1] <= min(lats) and max(lats) <= box[3]


def main(path):
    with open(path, encoding='utf-8') as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    projected = [[project(*p) for p in arc] for arc in arcs]
    simplified = [[unproject(*p) for p in simplify(arc, TOLERANCE_M)] for arc in projected]
    # Keep the exact ends of every arc, so that arcs still meet after the round trip through the projection.
    for arc, original in zip(simplified, arcs):
        arc[0], arc[-1] = original[0], original[-1]

    polygons = {}  # code -> list of polygons, each a list of rings of signed arc indices
    for feature in topology['objects']['countries']['geometries']:
        code = CODES.get(feature.get('id')) or NAMED.get(feature['properties']['name'])
        if code is None or feature['type'] not in ('Polygon', 'MultiPolygon'):
            continue
        for polygon in (feature['arcs'] if feature['type'] == 'MultiPolygon' else [feature['arcs']]):
            owner = 'UA' if code == 'RU' and in_box(polygon[0], arcs, CRIMEA) else code
            polygons.setdefault(owner, []).append(polygon)

    box = (FRAME[0] - MARGIN_M, FRAME[1] - MARGIN_M, FRAME[2] + MARGIN_M, FRAME[3] + MARGIN_M)
    writer = csv.writer(sys.stdout, lineterminator='\n')
    writer.writerow(['country', 'points'])
    for code in sorted(polygons):
        # (ring, is a hole): a polygon's first ring is its outline, the others are holes
        rings = [(ring, index > 0) for polygon in polygons[code] for index, ring in enumerate(polygon)]
        if code in ('CY', 'UA'):  # joined from two features: dissolve the border between them
            rings = [(ring, False) for ring in stitch(dissolve([ring for ring, _ in rings]), simplified)]
        kept = []
        for ring, hole in rings:
            points = clip([project(*p) for p in ring_of(ring, simplified)], box)
            if len(points) >= 3:
                kept.append((points, hole))
        if not kept:
            continue
        largest = max((points for points, _ in kept), key=area_km2)
        for points, hole in kept:
            if points is not largest and not hole and area_km2(points) < MIN_AREA_KM2:
                continue
            rounded = []
            for x, y in points:
                lon, lat = unproject(x, y)
                p = (round(lon, 2), round(lat, 2))
                if not rounded or rounded[-1] != p:
                    rounded.append(p)
            if len(rounded) > 1 and rounded[0] == rounded[-1]:
                rounded.pop()
            if len(set(rounded)) >= 3:
                writer.writerow([code, ' '.join(f'{number(lon)} {number(lat)}' for lon, lat in rounded)])


def number(value):
    text = f'{value:.2f}'.rstrip('0').rstrip('.')
    return '0' if text == '-0' else text


if __name__ == '__main__':
    main(sys.argv[1])
