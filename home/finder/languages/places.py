"""Place names, the same in every language: elsewhere (the caller is outside the city) and in the city."""

OUTSIDE_PLACES = """edina | bloomington | richfield | st louis park | saint louis park | golden valley | roseville |
brooklyn center | brooklyn park | st paul | saint paul | plymouth | minnetonka | eden prairie | maple grove | fridley |
columbia heights | robbinsdale | crystal | new hope | hopkins | burnsville | eagan | apple valley | woodbury |
maplewood | wayzata | coon rapids | blaine | shoreview | lakeville | shakopee | stillwater | anoka | duluth |
rochester | st cloud | mendota heights | west st paul | falcon heights | st anthony | lauderdale | wisconsin |
iowa | texas | california | chicago | florida | north dakota | south dakota"""

CITY_PLACES = """uptown | northeast | northside | southside | downtown | dinkytown | powderhorn | phillips |
longfellow | nokomis | seward | whittier | cedar riverside | loring park | camden | lake street"""
