from home.finder import clean_query, stems


def test_variants_reduce_to_one_stem():
    assert "breakin" in stems("break-in")
    assert "breakin" in stems("Someone broke in")
    assert "breakin" in stems("they were breaking into cars")
    assert stems("stolen bikes") == stems("bike stole")


def test_clean_query_drops_control_characters_and_caps_length():
    assert clean_query("car\x00\x1bbreak\n in") == "carbreak in"
    assert len(clean_query("x" * 1000)) == 200
