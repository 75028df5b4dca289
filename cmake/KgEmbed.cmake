# kg_embed(SYMBOL INPUT [HTML_SCRIPT]): INPUT's bytes as kg::embedded::SYMBOL
# (cmake/EmbedFile.cmake) in a generated source appended to the caller's
# `embedded_sources`. HTML_SCRIPT checks the text can sit in a <script>.
function(kg_embed symbol input)
  get_filename_component(name "${input}" NAME)
  file(MAKE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/embedded")
  set(output "${CMAKE_CURRENT_BINARY_DIR}/embedded/${name}.cc")
  set(html_script OFF)
  if("HTML_SCRIPT" IN_LIST ARGN)
    set(html_script ON)
  endif()
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol}
            -DHTML_SCRIPT=${html_script} -P "${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake"
    DEPENDS "${input}" "${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake"
    COMMENT "Embedding ${name}"
    VERBATIM)
  set(embedded_sources ${embedded_sources} "${output}" PARENT_SCOPE)
endfunction()
