# Prints the figures every reliability test recorded, after the last of them
# has run: cmake -DFIGURES=<file> -P PrintFigures.cmake. Fails when there are
# none, since then the tests did not run or did not get as far as counting.
if(NOT EXISTS "${FIGURES}")
    message(FATAL_ERROR "No reliability figures were recorded (${FIGURES} is missing).")
endif()
file(STRINGS "${FIGURES}" lines)
list(SORT lines)
message("Reliability figures:")
foreach(line IN LISTS lines)
    message("  ${line}")
endforeach()
