"""Phoenix/PETRARCH dictionaries: dated roles, names, per-line errors; the real files read in place."""

from __future__ import annotations

import pytest

from annalyst.errors import InputError
from annalyst.actors.dictionary import ActorDictionary
from annalyst.actors.phoenix import guess_kind, import_phoenix, parse_actors, parse_agents, parse_date
from annalyst.models import Role

SAMPLE = """\
# a comment line
<!-- a block
# still a comment
-->
VLADIMIR_PUTIN_  # CountryInfo.txt
+PRESIDENT_PUTIN_
+VLADIMIR_V._PUTIN
\t[RUSELI 700101-990809]
\t[RUSGOV >080508]
\t[RUSELI]
GOLLUM  # pas 27 Apr 03
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
TALIBAN_ [AFGREB] #  kkl 21 Mar 13
+TALEBAN_
LORIEN  [ELR/GAL]
BOROMIR  [---]
BROKEN_ENTRY [XYZ 9913-1]
+ALIAS_OF_BROKEN
\t[USAGOV 20011301]
UNITED_NATIONS  [IGOUNO]
+U.N. #JW   9/12/91
"""


def test_phoenix_dates_two_digit_years_pivot_at_30():
    assert parse_date("080508") == "2008-05-08"
    assert parse_date("300101") == "2030-01-01"
    assert parse_date("310101") == "1931-01-01"
    assert parse_date("19950601") == "1995-06-01"
    with pytest.raises(ValueError):
        parse_date("991301")


def test_phoenix_parse_keeps_dated_roles_and_names():
    result = parse_actors(SAMPLE.splitlines(), source="sample.txt")
    actors = {a.id: a for a in result.actors}
    putin = actors["phx:VLADIMIR-PUTIN"]
    assert putin.kind == "person" and putin.country == "RUS"
    assert {a.text for a in putin.aliases} == {"Vladimir Putin", "President Putin", "Vladimir V. Putin"}
    assert Role("RUSGOV", "2008-05-08", None) in putin.roles
    assert Role("RUSELI", "1970-01-01", "1999-08-09") in putin.roles
    assert putin.role_on("2020-01-01").code == "RUSGOV"
    assert putin.role_on("1985-01-01").code == "RUSELI"
    gollum = actors["phx:GOLLUM"]
    assert gollum.roles[0] == Role("HOB", None, "1995-05-31")  # "<" ends the day before
    assert gollum.role_on("1997-01-01").code == "HOBGOV"
    assert gollum.role_on("2000-01-01").code == "HOBREB"
    assert actors["phx:TALIBAN"].kind == "armed_group" and actors["phx:TALIBAN"].country == "AFG"
    assert [r.code for r in actors["phx:LORIEN"].roles] == ["ELR", "GAL"]
    assert actors["phx:BOROMIR"].roles == []
    assert actors["phx:UNITED-NATIONS"].kind == "igo"
    assert {a.text for a in actors["phx:UNITED-NATIONS"].aliases} == {"United Nations", "U.N."}


def test_phoenix_reports_bad_lines_and_goes_on():
    result = parse_actors(SAMPLE.splitlines(), source="sample.txt")
    sources = [e.source for e in result.errors]
    assert sources == ["sample.txt:20", "sample.txt:22"]
    assert all(isinstance(e, InputError) for e in result.errors)
    broken = {a.id: a for a in result.actors}["phx:BROKEN-ENTRY"]
    assert {a.text for a in broken.aliases} == {"Broken Entry", "Alias OF Broken"}
    assert "phx:UNITED-NATIONS" in {a.id for a in result.actors}  # lines after the errors were read


def test_phoenix_guess_kind_from_codes():
    assert guess_kind([Role("USAMED")]) == "media"
    assert guess_kind([Role("PAKMIL")]) == "military"
    assert guess_kind([Role("IGOUNO")]) == "igo"
    assert guess_kind([Role("PAK")]) == "country"
    assert guess_kind([Role("IRNGOV", "2013-08-03", "2021-08-03")]) == "person"


def test_phoenix_import_missing_file_is_input_error(tmp_path):
    with pytest.raises(InputError):
        import_phoenix(tmp_path / "absent.actors.txt")


def test_phoenix_imported_actors_feed_the_dictionary():
    result = parse_actors(SAMPLE.splitlines())
    d = ActorDictionary(result.actors, packaged=False)
    assert d.lookup_exact("President Putin")[0].id == "phx:VLADIMIR-PUTIN"
    assert d.candidates("Smeagol")[0][0].id == "phx:GOLLUM"


def test_phoenix_real_dictionaries(shared_data):
    folder = shared_data / "phoenix"
    countries = import_phoenix(folder / "Phoenix.Countries.actors.txt")
    assert len(countries.actors) > 15000
    assert len(countries.errors) < 20
    putin = {a.id: a for a in countries.actors}["phx:VLADIMIR-PUTIN"]
    assert putin.role_on("2015-01-01").code == "RUSGOV"
    for name in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "PETR.Validate.actors.txt"):
        result = import_phoenix(folder / name)
        assert result.actors and len(result.errors) <= 2, (name, result.errors)
    validate = {a.id: a for a in import_phoenix(folder / "PETR.Validate.actors.txt").actors}
    sam = validate["phx:SAM-GAMGEE"]
    assert sam.role_on("2010-01-10").code == "ORCHOB"  # of the roles active that day, the latest-starting
    taliban = {a.id: a for a in import_phoenix(folder / "Phoenix.MilNonState.actors.txt").actors}["phx:TALIBAN"]
    assert taliban.roles == [Role("AFGREB")]


def test_phoenix_agents(shared_data):
    entries, errors = parse_agents(shared_data / "phoenix" / "Phoenix.agents.txt")
    assert len(entries) > 3000 and len(errors) <= 3
    by_text = {e.text: e for e in entries}
    assert by_text["farmer"].code == "~AGR"
    assert by_text["chamber of commerce"].plurals == ["chambers of commerce"]
    assert "cattleman" in by_text and "cattlewomen" in by_text  # !PERSON! expanded
    assert all(e.line > 0 for e in entries)
