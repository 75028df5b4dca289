# kg_prefer_static_libraries(): links the libraries found so far statically
# where Debian ships their archive (libfoo.a beside libfoo.so).
#
# Why: the floor of every `kg` command (issue 10) was mostly the dynamic
# loader's: 53 shared libraries (about 30 of them Abseil's), each mapped,
# relocated and its symbols looked up, before main() ran. Linked from their
# archives, only the objects kg calls are copied into it and bound at link
# time.
#
# How: every imported library target of the top directory (the ones
# find_package and pkg_check_modules made) whose location, or a link item,
# is a lib*.so with a lib*.a beside it is pointed at the archive. The whole
# build (kg and its tests alike) then links one copy of each library, never
# a static and a shared one in the same process.
#
# `keep_shared`: names (without lib and suffix) to leave shared.
function(kg_prefer_static_libraries)
  cmake_parse_arguments(ARG "" "" "KEEP_SHARED" ${ARGN})
  get_directory_property(targets DIRECTORY "${CMAKE_SOURCE_DIR}" IMPORTED_TARGETS)
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "SHARED_LIBRARY" OR type STREQUAL "UNKNOWN_LIBRARY")
      foreach(property IMPORTED_LOCATION IMPORTED_LOCATION_NONE IMPORTED_LOCATION_RELWITHDEBINFO
                       IMPORTED_LOCATION_RELEASE IMPORTED_LOCATION_DEBUG)
        get_target_property(location ${target} ${property})
        if(location)
          _kg_static_sibling("${location}" "${ARG_KEEP_SHARED}" archive)
          if(archive)
            set_target_properties(${target} PROPERTIES ${property} "${archive}")
            # An archive has no soname; with one set, CMake would link by it.
            set_target_properties(${target} PROPERTIES IMPORTED_NO_SONAME TRUE)
          endif()
        endif()
      endforeach()
    endif()
    if(NOT type MATCHES "LIBRARY")
      continue()
    endif()
    get_target_property(items ${target} INTERFACE_LINK_LIBRARIES)
    if(items)
      set(rewritten)
      foreach(item IN LISTS items)
        _kg_static_sibling("${item}" "${ARG_KEEP_SHARED}" archive)
        if(archive)
          list(APPEND rewritten "${archive}")
        else()
          list(APPEND rewritten "${item}")
        endif()
      endforeach()
      set_target_properties(${target} PROPERTIES INTERFACE_LINK_LIBRARIES "${rewritten}")
    endif()
  endforeach()
endfunction()

# `out`: the archive beside the shared library `path`, or empty when `path`
# is not an absolute lib*.so path, has no archive, or is to stay shared.
function(_kg_static_sibling path keep_shared out)
  set(${out} "" PARENT_SCOPE)
  if(NOT path MATCHES "^/.*/lib([^/]+)\\.so(\\.[0-9.]+)?$")
    return()
  endif()
  set(name "${CMAKE_MATCH_1}")
  # Cap'n Proto's libraries are named libcapnp-0.9.2.so, their archives libcapnp.a.
  string(REGEX REPLACE "-[0-9]+(\\.[0-9]+)*$" "" name "${name}")
  if(name IN_LIST keep_shared)
    return()
  endif()
  get_filename_component(dir "${path}" DIRECTORY)
  if(EXISTS "${dir}/lib${name}.a")
    set(${out} "${dir}/lib${name}.a" PARENT_SCOPE)
  endif()
endfunction()
