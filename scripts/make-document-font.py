#!/usr/bin/python3
"""Makes the font the numbered documents are set in: enforcement-web/src/main/resources/fonts/WenshuSerif-Regular.ttf.

Source: Noto Serif CJK SC Regular 2.001 (SIL Open Font License 1.1), as Debian's fonts-noto-cjk installs it. Steps:
  1. take the SC face out of the collection;
  2. keep ASCII, Latin-1, general punctuation, CJK symbols and punctuation, full-width forms, enclosed numerals, and the
     whole CJK Unified Ideographs basic block U+4E00-U+9FFF (every character of GB 2312, of the 通用规范汉字表 and of
     GBK's ideographs lies in it); no layout features, no hinting;
  3. convert the CFF outlines to TrueType (quadratic) outlines, because PDFBox embeds subsets of glyf-based fonts only;
  4. rename the family to "Wenshu Serif": a Modified Version under OFL 1.1. Noto CJK's licence reserves the name
     "Source"; the new name uses neither it nor "Noto" (a Google trademark). Copyright and licence names are kept.
Needs fontTools (Debian: python3-fonttools). The build never runs this: the generated file is committed.

usage: scripts/make-document-font.py [path/to/NotoSerifCJK-Regular.ttc] [output.ttf]
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
TARGET = sys.argv[2] if len(sys.argv) > 2 else "enforcement-web/src/main/resources/fonts/WenshuSerif-Regular.ttf"
FAMILY = "Wenshu Serif"
POSTSCRIPT = "WenshuSerif-Regular"

RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 (×, ÷, °, ·)
    (0x0391, 0x03C9),  # Greek (Ω, μ in units)
    (0x2010, 0x206F),  # general punctuation (—, …, ‰, “ ”)
    (0x2100, 0x218F),  # letterlike symbols, Roman numerals (℃, №, Ⅰ)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators (≤, ≥, ±)
    (0x2460, 0x24FF),  # enclosed alphanumerics (①)
    (0x2500, 0x257F),  # box drawing
    (0x25A0, 0x25FF),  # geometric shapes (□ ■ ○ ●, check boxes)
    (0x2600, 0x26FF),  # miscellaneous symbols (☑ ☐)
    (0x2713, 0x2718),  # check and cross marks
    (0x3000, 0x303F),  # CJK symbols and punctuation (、。〔〕《》「」)
    (0x3200, 0x32FF),  # enclosed CJK (㈠)
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half- and full-width forms (，：；（）)
]


def unicodes():
    return [u for lo, hi in RANGES for u in range(lo, hi + 1)]


def to_quadratic(font):
    """fontTools' otf2ttf snippet: CFF outlines to glyf, max error 1 unit of 1000."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    for table in ("VORG", "vhea", "vmtx", "BASE", "GDEF", "GPOS", "GSUB"):
        if table in font:
            del font[table]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\000\001\000\000"


def rename(font):
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 4, 16, 21):
            record.string = FAMILY if record.nameID != 4 else FAMILY + " Regular"
        elif record.nameID in (3,):
            record.string = "1.0;" + POSTSCRIPT
        elif record.nameID == 6:
            record.string = POSTSCRIPT
        elif record.nameID == 7:
            record.string = ""
    name.names = [r for r in name.names if r.nameID != 7 and r.nameID not in (17, 22)]
    name.setName("Derived from Noto Serif CJK SC 2.001 (SIL OFL 1.1): subset to the characters of Chinese official"
                 " documents and converted to TrueType outlines. Not the original font.", 10, 3, 1, 0x409)


def main():
    collection = TTCollection(SOURCE)
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Serif CJK SC")
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = [0x409]
    options.glyph_names = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes())
    subsetter.subset(font)
    # variation sequences (cmap format 14) serve Japanese glyph variants only; PDFBox ignores them with a warning
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]
    to_quadratic(font)
    rename(font)
    font.save(TARGET)
    print(TARGET, len(font.getGlyphOrder()), "glyphs")


if __name__ == "__main__":
    main()
