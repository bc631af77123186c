# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0
# Builds sextant.icns from the 1024 px PNG with the tools every Mac has (sips, iconutil).
# Usage: cmake -DSOURCE=sextant-1024.png -DOUTPUT=sextant.icns -P icns.cmake
set(iconset "${OUTPUT}.iconset")
file(REMOVE_RECURSE "${iconset}")
file(MAKE_DIRECTORY "${iconset}")
foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    execute_process(COMMAND sips -z ${size} ${size} "${SOURCE}" --out "${iconset}/icon_${size}x${size}.png"
                    OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND sips -z ${double} ${double} "${SOURCE}" --out "${iconset}/icon_${size}x${size}@2x.png"
                    OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
endforeach()
execute_process(COMMAND iconutil -c icns "${iconset}" -o "${OUTPUT}" COMMAND_ERROR_IS_FATAL ANY)
