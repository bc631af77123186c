# SPDX-FileCopyrightText: 2026 Sextant authors
# SPDX-License-Identifier: Apache-2.0

# Compile options shared by every Sextant target. Scoped per target, never global.
function(sextant_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS
        QT_NO_FOREACH)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(SEXTANT_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(SEXTANT_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# sextant_add_test(NAME name SOURCES ... [LIBS ...] [LABEL unit|ui|integration])
# One Qt Test executable per unit. ui tests run on the offscreen platform;
# integration tests get kube-sim's kubeconfig through the kube_sim fixture.
function(sextant_add_test)
    cmake_parse_arguments(ARG "" "NAME;LABEL" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_LABEL)
        set(ARG_LABEL unit)
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    sextant_target_defaults(${ARG_NAME})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        SEXTANT_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        SEXTANT_TEST_BINARY_DIR="${CMAKE_CURRENT_BINARY_DIR}")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(env "QT_LOGGING_RULES=sextant.*.debug=false")
    if(ARG_LABEL STREQUAL "ui")
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(ARG_LABEL STREQUAL "integration")
        set_tests_properties(${ARG_NAME} PROPERTIES FIXTURES_REQUIRED kube_sim)
        list(APPEND env "SEXTANT_KUBE_SIM_KUBECONFIG=${SEXTANT_KUBE_SIM_STATE}/kubeconfig")
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES LABELS ${ARG_LABEL} ENVIRONMENT "${env}" TIMEOUT 600)
endfunction()

# Adds every subdirectory of the current source dir that has a CMakeLists.txt
# and is not in the optional EXCEPT list, so parallel work on new areas never
# edits a shared list.
function(sextant_add_area_subdirectories)
    cmake_parse_arguments(ARG "" "" "EXCEPT" ${ARGN})
    file(GLOB areas LIST_DIRECTORIES true CONFIGURE_DEPENDS RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}
        ${CMAKE_CURRENT_SOURCE_DIR}/*/CMakeLists.txt)
    list(SORT areas)
    foreach(file IN LISTS areas)
        get_filename_component(area ${file} DIRECTORY)
        if(NOT area IN_LIST ARG_EXCEPT)
            add_subdirectory(${area})
        endif()
    endforeach()
endfunction()

# CMake 3.25's Ninja AUTOMOC reruns only when a header it already knows
# changes, so a header added to a target later never gets its moc file
# (undefined "vtable"/"staticMetaObject"). Forget the stamp whenever the
# target's source list changed since the last configure.
function(sextant_refresh_automoc_when_sources_change target)
    get_target_property(sources ${target} SOURCES)
    get_target_property(binary_dir ${target} BINARY_DIR)
    list(SORT sources)
    string(SHA1 digest "${sources}")
    set(record ${binary_dir}/CMakeFiles/${target}_sources.sha1)
    if(EXISTS ${record})
        file(READ ${record} previous)
    endif()
    if(NOT "${previous}" STREQUAL "${digest}")
        file(REMOVE ${binary_dir}/${target}_autogen/timestamp)
        file(WRITE ${record} "${digest}")
    endif()
endfunction()
