"""Deterministic sample procedures: the generated part of the shipped catalogue, and benchmark data.

The shipped catalogue is the curated real procedures (``catalogue/services.json``, ``sample: false``)
plus the generated ones (``catalogue/services-sample.json``, ``sample: true``), sized so that together
they reproduce the city's 2019 figures (docs/domain/catalogue.md): 176 district-level procedures, 151 of them at
online level 3-4; 97 ward-level procedures, 80 of them at level 3-4; the rest city-level, 850 in all
at level 3-4; every construction-permit procedure at level 3 or above.

    python -m danang.portal.devtools.sample --write           # regenerate services-sample.json
    python -m danang.portal.devtools.sample --check           # is the shipped file up to date?
    python -m danang.portal.devtools.sample --count 10000 --out /tmp/services.json   # benchmark data

``generate_services(n, seed=...)`` returns records of the shape the loader reads. Sample codes are
``1.9xxxxx`` / ``2.9xxxxx``, a range no national procedure uses, numbered by ``first_index`` so that
two batches with disjoint index ranges never collide.
"""

from collections import Counter
from danang.portal import money
from danang.portal.data.files import AGENCIES_FILE
from danang.portal.data.files import REAL_SERVICES_FILE
from danang.portal.data.files import SAMPLE_SERVICES_FILE
from danang.portal.devtools.sample_profiles import DEFAULT_COORDINATING
from danang.portal.devtools.sample_profiles import names_for
from danang.portal.devtools.sample_profiles import ONE_STOP_DECREE
from danang.portal.devtools.sample_profiles import PROFILES
from pathlib import Path

import argparse
import csv
import json
import random
import sys

SEED = 2019
# About 1,600 procedures (the city listed 1,589 online services in August 2020).
TOTAL_SERVICES = 1580
# The 2019 figures: procedures per implementing level, and how many of them at online level 3-4.
LEVEL_TARGETS = {"district": (176, 151), "ward": (97, 80)}
TOTAL_AT_LEVEL_3_4 = 850
# No public figure splits 2019's level 3-4 services; this share at level 4 is a sample assumption.
LEVEL_4_SHARE = 0.3

SAMPLE_CODE_START = 900000
SAMPLE_DESCRIPTION = (
    "Dữ liệu mẫu: thủ tục do cổng sinh tự động để minh hoạ, không phải thông tin chính thức."
)
PORTAL = "Cổng dịch vụ công trực tuyến thành phố Đà Nẵng"
PROCEDURE_TYPES = (
    "TTHC được luật giao quy định chi tiết",
    "TTHC không được luật giao quy định chi tiết",
)
# Names beyond the templates' combinations (large benchmark batches) get one of these qualifiers.
QUALIFIERS = (
    "đối với tổ chức",
    "đối với cá nhân",
    "trường hợp có yếu tố nước ngoài",
    "trường hợp thay đổi nội dung",
    "trường hợp bị mất, hư hỏng",
    "trường hợp liên thông",
)
PERMIT_PHRASE = "giấy phép xây dựng"


def sample_code(index):
    """The code of the index-th sample procedure: 1.900000, 2.900000, 1.900001, ...

    >>> sample_code(0), sample_code(1), sample_code(2)
    ('1.900000', '2.900000', '1.900001')
    """
    number = SAMPLE_CODE_START + index // 2
    if index < 0 or number > 999999:
        raise ValueError(f"sample index {index} outside the sample code range")
    return f"{1 + index % 2}.{number:06d}"


def catalogue_targets(total=TOTAL_SERVICES):
    """{level: (procedures, of which at online level 3-4)} for the shipped catalogue."""
    district, ward = LEVEL_TARGETS["district"], LEVEL_TARGETS["ward"]
    city = (total - district[0] - ward[0], TOTAL_AT_LEVEL_3_4 - district[1] - ward[1])
    return {"city": city, "district": district, "ward": ward}


def _split_online(count, at_3_4):
    level_4 = round(at_3_4 * LEVEL_4_SHARE)
    return {2: count - at_3_4, 3: at_3_4 - level_4, 4: level_4}


def catalogue_quotas(real_records):
    """Quotas {level: {online level: count}} of sample procedures completing the real ones."""
    quotas = {}
    for level, (count, at_3_4) in catalogue_targets().items():
        real = [r for r in real_records if level in (r.get("levels") or [])]
        real_3_4 = sum(1 for r in real if int(r.get("online_level") or 0) >= 3)
        missing, missing_3_4 = count - len(real), at_3_4 - real_3_4
        if missing < 0 or missing_3_4 < 0 or missing_3_4 > missing:
            raise ValueError(f"real {level}-level procedures exceed the 2019 figures")
        quotas[level] = _split_online(missing, missing_3_4)
    return quotas


def default_quotas(n):
    """Quotas for n procedures in the proportions of the shipped catalogue."""
    targets = catalogue_targets()
    quotas = {}
    remaining = n
    for level in ("district", "ward"):
        count, at_3_4 = targets[level]
        share = round(n * count / TOTAL_SERVICES)
        quotas[level] = _split_online(share, round(share * at_3_4 / count))
        remaining -= share
    count, at_3_4 = targets["city"]
    quotas["city"] = _split_online(remaining, round(remaining * at_3_4 / count))
    return quotas


def read_agency_titles(path=AGENCIES_FILE):
    with open(path, encoding="utf-8", newline="") as stream:
        return {row["code"]: row["title"] for row in csv.DictReader(stream)}


def read_real_services(path=REAL_SERVICES_FILE):
    return json.loads(Path(path).read_text(encoding="utf-8"))


class _Generator:
    def __init__(self, seed, agency_titles, exclude_titles):
        self.rng = random.Random(seed)
        self.agency_titles = agency_titles
        self.exclude = set(exclude_titles)

    # -- names ---------------------------------------------------------------------------------

    def names(self, level, count):
        """count (sector, family, title) triples for this level, without repeats while possible."""
        pool = [
            (sector, (level, sector, index), name)
            for sector in sorted(PROFILES)
            for index, family in enumerate(names_for(sector, level))
            for name in family
            if name not in self.exclude
        ]
        if not pool and count:
            raise ValueError(f"no name templates for level {level}")
        picked = []
        round_ = 0
        while len(picked) < count:
            batch = list(pool)
            self.rng.shuffle(batch)
            for sector, family, name in batch[: count - len(picked)]:
                if round_:
                    qualifier = (
                        QUALIFIERS[round_ - 1]
                        if round_ <= len(QUALIFIERS)
                        else f"trường hợp {round_ - len(QUALIFIERS) + 1}"
                    )
                    name = f"{name} ({qualifier})"
                picked.append((sector, family, name))
            round_ += 1
        return picked

    # -- online levels -------------------------------------------------------------------------

    def online_levels(self, titles, quota):
        """Online level per title, meeting the quota; construction permits only at 3 or 4."""
        high = [3] * quota.get(3, 0) + [4] * quota.get(4, 0)
        low = [2] * quota.get(2, 0)
        self.rng.shuffle(high)
        permits = [i for i, title in enumerate(titles) if PERMIT_PHRASE in title.lower()]
        if len(permits) > len(high):
            raise ValueError("more construction permits than level 3-4 places in the quota")
        levels = [None] * len(titles)
        for i in permits:
            levels[i] = high.pop()
        rest = high + low
        self.rng.shuffle(rest)
        for i, level in enumerate(levels):
            if level is None:
                levels[i] = rest.pop()
        return levels

    # -- one record ----------------------------------------------------------------------------

    def record(self, code, title, sector, level, online_level):
        rng = self.rng
        profile = PROFILES[sector]
        agency = profile.agency if level == "city" else None
        agency_title = self.agency_titles.get(agency, agency) if agency else None
        chosen = set(rng.sample(profile.audiences, rng.randint(1, min(2, len(profile.audiences)))))
        audiences = [audience for audience in profile.audiences if audience in chosen]
        by_post = rng.random() < 0.5
        unit = profile.extra.get("unit", "working_days")
        time = rng.choice(profile.times)
        if sector == "chung-thuc" and rng.random() < 0.5:
            unit, time = "hours", rng.choice((2, 4, 8))
        fees = []
        if profile.fees and rng.random() < profile.fee_share:
            name, amounts = rng.choice(profile.fees)
            fees.append(
                {
                    "name": name,
                    "amount": rng.choice(amounts),
                    "case": "",
                    "legal_basis": "Quy định về phí, lệ phí hiện hành (dữ liệu mẫu)",
                    "exemptions": rng.choice(
                        ("", "", "Miễn cho người có công với cách mạng, hộ nghèo, người khuyết tật")
                    ),
                }
            )
        desk, handler, deciding = self._offices(level, agency, agency_title)
        applicant = self._applicant(audiences)
        time_text = self._time_text(time, unit)
        fee_text = (
            "Lệ phí: " + money.figures(fees[0]["amount"]) + " đồng" if fees else "Không thu phí, lệ phí"
        )
        channels = [
            {"channel": "in_person", "time_limit": time_text, "fee": fee_text,
             "description": f"Nộp hồ sơ trực tiếp tại {desk}."},
        ]
        if online_level >= 3:
            channels.append(
                {
                    "channel": "online",
                    "time_limit": time_text,
                    "fee": fee_text,
                    "description": f"Nộp hồ sơ trực tuyến trên {PORTAL} (mức độ {online_level})"
                    + ("; thanh toán trực tuyến và nhận kết quả điện tử." if online_level == 4 else "."),
                }
            )
        if by_post:
            channels.append(
                {"channel": "post", "time_limit": time_text, "fee": fee_text,
                 "description": "Gửi hồ sơ và nhận kết quả qua dịch vụ bưu chính công ích."}
            )
        submit = f"Bước 1: {applicant} chuẩn bị hồ sơ theo quy định và nộp tại {desk}"
        if by_post:
            submit += ", qua dịch vụ bưu chính công ích"
        if online_level >= 3:
            submit += f" hoặc nộp trực tuyến trên {PORTAL}"
        receive = f"Bước 4: {applicant} nhận kết quả tại {desk}"
        if by_post:
            receive += " hoặc qua dịch vụ bưu chính công ích"
        if online_level == 4:
            receive += "; có thể thanh toán phí, lệ phí trực tuyến và nhận kết quả điện tử"
        steps = [
            submit + ".",
            "Bước 2: Công chức tiếp nhận kiểm tra hồ sơ; hồ sơ đầy đủ, hợp lệ thì lập Giấy tiếp nhận hồ sơ "
            "và hẹn trả kết quả, chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.",
            f"Bước 3: {handler} thẩm định hồ sơ"
            + (", kiểm tra thực tế" if rng.random() < 0.4 else "")
            + f" và trình {deciding} xem xét, quyết định.",
            receive + ".",
        ]
        coordinating = []
        if level == "city" and rng.random() < 0.15:
            choices = [c for c in (profile.coordinating or DEFAULT_COORDINATING) if c != agency]
            coordinating = [rng.choice(choices)]
        return {
            "code": code,
            "title": title,
            "description": SAMPLE_DESCRIPTION,
            "sample": True,
            "sector": sector,
            "levels": [level],
            "online_level": online_level,
            "in_force": True,
            "agency": agency,
            "units": [],
            "deciding_authority": deciding,
            "delegated_agency": "",
            "coordinating_agencies": coordinating,
            "procedure_type": rng.choice(PROCEDURE_TYPES),
            "decision": f"{rng.randint(1200, 6800)}/QĐ-UBND",
            "audiences": audiences,
            "conditions": rng.choice(profile.conditions) if profile.conditions and rng.random() < 0.5 else "",
            "steps": steps,
            "channels": channels,
            "components": self._components(profile, audiences, online_level),
            "number_of_sets": 2 if rng.random() < 0.1 else 1,
            "processing_time": time,
            "processing_unit": unit,
            "fees": fees,
            "result": _result(title),
            "legal_basis": list(profile.legal[:3]) + [ONE_STOP_DECREE],
            "related": [],
        }

    def _offices(self, level, agency, agency_title):
        if level == "district":
            return (
                "Bộ phận tiếp nhận và trả kết quả của UBND quận, huyện",
                "Phòng chuyên môn thuộc UBND quận, huyện",
                "Chủ tịch UBND quận, huyện",
            )
        if level == "ward":
            return (
                "Bộ phận tiếp nhận và trả kết quả của UBND phường, xã",
                "Công chức chuyên môn của UBND phường, xã",
                "Chủ tịch UBND phường, xã",
            )
        if self.rng.random() < 0.2:
            deciding = "Chủ tịch UBND thành phố"
        elif agency_title.startswith("Sở "):
            deciding = f"Giám đốc {agency_title}"
        elif agency_title.startswith("Ban "):
            deciding = f"Trưởng {agency_title}"
        elif agency == "CATP":
            deciding = "Giám đốc Công an thành phố"
        elif agency == "TTTP":
            deciding = "Chánh Thanh tra thành phố"
        else:
            deciding = f"Thủ trưởng {agency_title}"
        return (
            f"Bộ phận tiếp nhận và trả kết quả của {agency_title}",
            f"Phòng chuyên môn của {agency_title}",
            deciding,
        )

    @staticmethod
    def _applicant(audiences):
        if audiences == ["citizen"]:
            return "Công dân"
        if set(audiences) <= {"business"}:
            return "Doanh nghiệp"
        return "Tổ chức, cá nhân"

    @staticmethod
    def _time_text(time, unit):
        words = {"working_days": "ngày làm việc", "days": "ngày", "hours": "giờ làm việc"}
        return f"{time:02d} {words[unit]}"

    def _components(self, profile, audiences, online_level):
        rng = self.rng
        papers = list(profile.papers) or ["Đơn đề nghị"]
        others = papers[1:]
        chosen = [papers[0]] + rng.sample(others, rng.randint(min(1, len(others)), min(3, len(others))))
        rows = [_paper(chosen[0], 1, 0)]
        for name in chosen[1:]:
            originals, copies = rng.choice(((1, 0), (0, 1), (1, 1)))
            rows.append(_paper(name, originals, copies))
        cases = [("Trường hợp ủy quyền cho người khác nộp hồ sơ", "Văn bản ủy quyền hợp lệ", 1, 0)]
        if online_level >= 3:
            cases.append(
                ("Trường hợp nộp hồ sơ trực tuyến",
                 "Bản điện tử của các giấy tờ (bản chụp từ bản chính hoặc có chữ ký số)", 1, 0)
            )
        if "foreigner" in audiences:
            cases.append(
                ("Trường hợp người nước ngoài",
                 "Bản dịch tiếng Việt có chứng thực của giấy tờ do cơ quan nước ngoài cấp", 0, 1)
            )
        if rng.random() < 0.35:
            case, name, originals, copies = rng.choice(cases)
            rows.append(_paper(name, originals, copies, case=case))
        return rows


def _paper(name, originals, copies, case=""):
    return {
        "case": case, "name": name, "originals": originals, "copies": copies, "required": True, "form": "",
    }


def _result(title):
    for verb in ("Cấp lại ", "Cấp đổi ", "Cấp mới ", "Cấp ", "Đổi ", "Gia hạn ", "Điều chỉnh "):
        if title.startswith(verb):
            rest = title[len(verb):]
            if rest.startswith(("giấy", "chứng chỉ", "thẻ", "bản sao", "Phiếu", "hộ chiếu", "mã số")):
                return rest[0].upper() + rest[1:] + "."
    return (
        "Văn bản giải quyết của cơ quan có thẩm quyền; trường hợp không giải quyết, cơ quan trả lời bằng "
        "văn bản và nêu rõ lý do."
    )


def generate_services(n=None, seed=SEED, quotas=None, first_index=0, exclude_titles=(), agency_titles=None):
    """n sample procedures (dicts in the loader's record shape), the same for the same arguments.

    quotas: {level: {online level: count}}; by default the shipped catalogue's proportions.
    first_index: number of the first sample code (see sample_code); use disjoint ranges for batches
    meant to live side by side. Records from the same name template relate to each other.
    """
    if quotas is None:
        if n is None:
            raise TypeError("give n or quotas")
        quotas = default_quotas(n)
    elif n is not None and sum(sum(q.values()) for q in quotas.values()) != n:
        raise ValueError("n differs from the quotas' total")
    generator = _Generator(seed, agency_titles or read_agency_titles(), exclude_titles)
    records = []
    index = first_index
    last_of_family = {}
    for level in ("city", "district", "ward"):
        quota = quotas.get(level) or {}
        picked = generator.names(level, sum(quota.values()))
        online = generator.online_levels([title for _s, _f, title in picked], quota)
        for (sector, family, title), online_level in zip(picked, online):
            record = generator.record(sample_code(index), title, sector, level, online_level)
            index += 1
            previous = last_of_family.get(family)
            if previous is not None and generator.rng.random() < 0.6:
                record["related"] = [previous]
            last_of_family[family] = record["code"]
            records.append(record)
    return records


def catalogue_sample_services(real_records=None, seed=SEED):
    """The generated part of the shipped catalogue, completing the real records to the 2019 figures."""
    real = read_real_services() if real_records is None else real_records
    return generate_services(
        quotas=catalogue_quotas(real),
        seed=seed,
        exclude_titles={record["title"] for record in real},
    )


def figures(records):
    """The counts the 2019 announcement gives, computed from service records."""
    result = {"total": len(records), "at_level_3_4": 0}
    for level in ("city", "district", "ward"):
        at_level = [r for r in records if level in (r.get("levels") or [])]
        result[level] = len(at_level)
        result[f"{level}_at_level_3_4"] = sum(1 for r in at_level if int(r.get("online_level") or 0) >= 3)
    result["at_level_3_4"] = sum(1 for r in records if int(r.get("online_level") or 0) >= 3)
    online_levels = Counter(int(r.get("online_level") or 0) for r in records)
    result["by_online_level"] = dict(sorted(online_levels.items()))
    return result


def dumps(records):
    """JSON with one record per line: compact, and a regeneration shows as a per-record diff."""
    lines = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) for record in records)
    return "[\n" + ",\n".join(lines) + "\n]\n"


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m danang.portal.devtools.sample", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--write", action="store_true", help=f"regenerate {SAMPLE_SERVICES_FILE.name}")
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped sample file is stale")
    parser.add_argument("--count", type=int, help="generate this many procedures (benchmark data)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--first-index", type=int, default=0)
    parser.add_argument("--out", help="file to write the --count records to (default: stdout)")
    args = parser.parse_args(argv)
    if args.count is not None:
        text = dumps(generate_services(args.count, seed=args.seed, first_index=args.first_index))
        if args.out:
            Path(args.out).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    real = read_real_services()
    text = dumps(catalogue_sample_services(real, seed=args.seed))
    if args.check:
        stale = not SAMPLE_SERVICES_FILE.exists() or SAMPLE_SERVICES_FILE.read_text(encoding="utf-8") != text
        print(f"{SAMPLE_SERVICES_FILE.name} is {'STALE: run --write' if stale else 'up to date'}")
        return 1 if stale else 0
    if args.write:
        SAMPLE_SERVICES_FILE.write_text(text, encoding="utf-8")
        records = real + json.loads(text)
        print(f"wrote {SAMPLE_SERVICES_FILE}; catalogue figures: {json.dumps(figures(records))}")
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
