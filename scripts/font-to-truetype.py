# Build helper (cmake/wasm-app.cmake): converts the subset Inter font from CFF (cubic) outlines to TrueType
# (quadratic) ones with fontTools from Debian (python3-fonttools). Dear ImGui's rasteriser (stb_truetype) builds
# the font atlas about twice as fast from TrueType outlines, on the app's start path; the difference in shape is
# below one font unit.
# Usage: python3 scripts/font-to-truetype.py IN.otf OUT.ttf
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

source, target = sys.argv[1], sys.argv[2]
font = TTFont(source)
order = font.getGlyphOrder()
glyph_set = font.getGlyphSet()
glyphs = {}
for name in order:
    pen = TTGlyphPen(glyph_set)
    glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
    glyphs[name] = pen.glyph()

font["loca"] = newTable("loca")
glyf = font["glyf"] = newTable("glyf")
glyf.glyphOrder = order
glyf.glyphs = glyphs
del font["CFF "]
if "VORG" in font:
    del font["VORG"]
# maxp version 1.0 (TrueType); the counts are recomputed when the font is saved.
maxp = font["maxp"] = newTable("maxp")
maxp.tableVersion = 0x00010000
maxp.maxZones = 1
for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
              "maxSizeOfInstructions", "maxComponentElements", "maxPoints", "maxContours", "maxCompositePoints",
              "maxCompositeContours", "maxComponentDepth"):
    setattr(maxp, field, 0)
post = font["post"]
post.formatType = 2.0
post.extraNames = []
post.mapping = {}
post.glyphOrder = order
font["head"].glyphDataFormat = 0
font.sfntVersion = "\000\001\000\000"
font.save(target)
