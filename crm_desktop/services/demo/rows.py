"""Demo rows for one client (company or private person) with its contacts and contact methods;
the deals, tasks and activities around it come from history.RowBuffer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from crm_desktop.services.demo import words
from crm_desktop.services.demo.history import DAY, Row, RowBuffer, ts
from crm_desktop.services.normalize import phone_digits, search_text, sort_key

name_key = lru_cache(maxsize=1 << 16)(sort_key)  # people's names repeat a lot

City = tuple[str, str, str, tuple[str, ...]]
_LEGAL_WEIGHTS = tuple(w for _, _, w in words.LEGAL_FORMS)
_PHONE_FORMATS = (
    "+7 ({a}) {b}-{c}-{d}", "8 ({a}) {b}-{c}-{d}", "+7 {a} {b} {c} {d}", "8{a}{b}{c}{d}",
    "+7{a}{b}{c}{d}",
)


class ClientRows(RowBuffer):
    """Accumulates the rows of a batch of demo clients."""

    def _fio(self) -> tuple[str, str, str, bool]:
        rng = self._rng
        last = self._pick(words.MALE_LAST)
        father = self._pick(words.MALE_FIRST)
        if rng.random() < 0.5:
            first, _, _ = self._pick(words.MALE_FIRST)
            return last, first, father[1], False
        return words.female_last(last), self._pick(words.FEMALE_FIRST), father[2], True

    def _phone(self, area: str | None = None) -> tuple[str, str]:
        """(as typed, E.164); equal to normalize.phone_e164(typed), which the tests check."""
        a = area or f"9{self._int(10, 100)}"
        b, c, d = self._int(100, 1000), f"{self._int(0, 100):02d}", f"{self._int(0, 100):02d}"
        return self._pick(_PHONE_FORMATS).format(a=a, b=b, c=c, d=d), f"+7{a}{b}{c}{d}"

    def _method(self, client_id: int, contact_id: int | None, kind: str, value: str,
                normalized: str, position: int, messenger: str | None = None) -> None:
        self._rows["contact_methods"].append({
            "id": self._id("contact_methods"), "client_id": client_id, "contact_id": contact_id,
            "kind": kind, "messenger": messenger, "value": value, "normalized": normalized,
            "is_primary": position == 0, "position": position,
        })

    def add_client(self) -> None:
        rng, refs = self._rng, self._refs
        cid = self._id("clients")
        manager = self._pick(refs.managers) if rng.random() < 0.92 else refs.head
        created = self._now - rng.uniform(20, 1000) * DAY
        city = self._weighted(words.CITIES, words.CITY_WEIGHTS)
        row: Row = {
            "id": cid, "status": "lead", "manager_id": manager,
            "channel_id": self._pick(refs.channels), "city": city[0], "version": 1,
            "created_at": ts(created), "updated_at": ts(created), "created_by_id": manager,
            "note": self._pick(words.NOTES) if rng.random() < 0.1 else None,
        }
        if rng.random() < 0.8:
            extra, contact_ids = self._company(row, city)
        else:
            extra, contact_ids = self._person(row, city), [None]
        row["search_text"] = search_text(row["name"], *extra)
        deals = self._deals(row, contact_ids[0], created)
        self._tasks(cid, manager, [d for d, _ in deals])
        self._activities(row, contact_ids, [d for d, _ in deals], created)
        kinds = {kind for _, kind in deals}
        if "won" in kinds:
            row["status"] = "client"
        elif "open" in kinds:
            row["status"] = "prospect"
        else:
            row["status"] = self._weighted(("lead", "lost", "prospect"), (60, 25, 15))
        self._rows["clients"].append(row)

    def _requisites(self, row: Row, region: str, entrepreneur: bool) -> None:
        rng = self._rng
        year = self._int(2003, 2024)
        if entrepreneur:
            inn, ogrn, kpp = words.inn12(rng, region), words.ogrnip15(rng, region, year), None
        else:
            inn, ogrn = words.inn10(rng, region), words.ogrn13(rng, region, year)
            kpp = words.kpp_for(inn)
        bank_name, bik = self._pick(words.BANKS)
        row.update(inn=inn, kpp=kpp, ogrn=ogrn, bik=bik, bank_name=bank_name,
                   bank_account=words.settlement_account(rng, bik, entrepreneur),
                   corr_account=words.correspondent_account(bik))

    def _company(self, row: Row, city: City) -> tuple[
            list[str], list[int | None]]:
        rng = self._rng
        short, full_form, _ = self._weighted(words.LEGAL_FORMS, _LEGAL_WEIGHTS)
        if short == "ИП":
            last, first, middle, _ = self._fio()
            title = f"{last} {first} {middle}"
            name, full = f"ИП {title}", f"{full_form} {title}"
            domain = words.translit(last) + "-ip.ru"
        else:
            brand = self._brand()
            name, full = f"{short} «{brand}»", f"{full_form} «{brand}»"
            domain = words.translit(brand) + ".ru"
        street = self._pick(city[3])
        street = street if " " in street and not street[0].isdigit() else f"ул. {street}"
        address = (f"{self._int(101000, 690000)}, г. {city[0]}, {street}, "
                   f"д. {self._int(1, 150)}")
        row.update(kind="company", name=name, sort_key=sort_key(name), legal_form=short,
                   full_legal_name=full, legal_address=address,
                   actual_address=address if rng.random() < 0.7 else None,
                   industry=self._pick(words.INDUSTRIES), website=f"https://{domain}",
                   annual_turnover=Decimal(int(min(rng.lognormvariate(16.5, 1.6), 9e11)) // 1000
                                           * 1000),
                   employee_count=max(1, int(rng.lognormvariate(3.0, 1.2))),
                   last_name=None, first_name=None, middle_name=None, birthday=None)
        self._requisites(row, city[1], short == "ИП")
        office, office_e164 = self._phone(city[2])
        email = f"info@{domain}"
        self._method(row["id"], None, "phone", office, office_e164, 0)
        self._method(row["id"], None, "email", email, email, 1)
        row.update(main_phone=office_e164, main_email=email)  # denormalised as the services do
        extra = [phone_digits(office_e164), email, row["inn"]]
        contact_ids: list[int | None] = []
        for i in range(self._weighted((1, 2, 3), (50, 35, 15))):
            contact_ids.append(self._contact(row, domain, i, extra))
        return extra, contact_ids

    def _brand(self) -> str:
        rng = self._rng
        if rng.random() < 0.25:
            return self._pick(words.COMPANY_WORDS) + self._pick(words.COMPANY_TAILS)
        return (self._pick(words.COMPANY_PREFIXES) + self._pick(words.COMPANY_SUFFIXES)
                + self._pick(words.COMPANY_TAILS))

    def _contact(self, client: Row, domain: str, index: int, extra: list[str]) -> int:
        rng, client_id = self._rng, client["id"]
        last, first, middle, _ = self._fio()
        full = f"{last} {first} {middle}"
        contact_id = self._id("contacts")
        position = "Генеральный директор" if index == 0 and rng.random() < 0.5 else self._pick(
            words.POSITIONS)
        birthday = date(self._int(1960, 2001), self._int(1, 13), self._int(1, 29))
        self._rows["contacts"].append({
            "id": contact_id, "client_id": client_id, "last_name": last, "first_name": first,
            "middle_name": middle, "full_name": full, "sort_key": name_key(full),
            "position": position, "birthday": birthday if rng.random() < 0.7 else None,
            "is_primary": index == 0, "note": None, "version": 1,
            "created_at": client["created_at"], "updated_at": client["created_at"],
            "created_by_id": client["manager_id"],
        })
        phone, e164 = self._phone()
        self._method(client_id, contact_id, "phone", phone, e164, 0)
        extra += [phone_digits(e164), full]
        if rng.random() < 0.75:
            email = f"{words.translit(first)[0]}.{words.translit(last)}@{domain}"
            self._method(client_id, contact_id, "email", email, email, 1)
            extra.append(email)
        if rng.random() < 0.15:
            handle = f"@{words.translit(first)}_{words.translit(last)}"
            self._method(client_id, contact_id, "messenger", handle, handle.lower(), 2, "telegram")
        return contact_id

    def _person(self, row: Row, city: City) -> list[str]:
        rng = self._rng
        last, first, middle, _ = self._fio()
        name = f"{last} {first} {middle}"
        inn = words.inn12(rng, city[1]) if rng.random() < 0.5 else None
        row.update(kind="person", name=name, sort_key=name_key(name), last_name=last,
                   first_name=first, middle_name=middle, inn=inn, kpp=None, ogrn=None, bik=None,
                   bank_name=None, bank_account=None, corr_account=None, legal_form=None,
                   full_legal_name=None, legal_address=None, actual_address=None, industry=None,
                   website=None, annual_turnover=None, employee_count=None,
                   birthday=date(self._int(1955, 2004), self._int(1, 13),
                                 self._int(1, 29)))
        phone, e164 = self._phone()
        email = f"{words.translit(last)}{self._int(1, 99)}@{self._pick(words.MAIL_DOMAINS)}"
        self._method(row["id"], None, "phone", phone, e164, 0)
        self._method(row["id"], None, "email", email, email, 1)
        row.update(main_phone=e164, main_email=email)
        return [phone_digits(e164), email, inn or ""]
