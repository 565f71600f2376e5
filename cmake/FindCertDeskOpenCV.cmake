# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# OpenCV for certdesk_scan: only the modules it uses. Debian ships OpenCV's CMake
# package file (OpenCVConfig.cmake) in libopencv-dev, which pulls in every module and
# hundreds of MB; the per-module -dev packages (libopencv-core-dev, ...) carry the
# headers and libraries only. So: use the package file when it is there (other
# platforms, a full install), else find the modules ourselves.
#
# Defines the imported target CertDesk::OpenCV.
set(certdesk_opencv_modules core imgproc imgcodecs videoio)
find_package(OpenCV 4.5 QUIET CONFIG COMPONENTS ${certdesk_opencv_modules})
if(OpenCV_FOUND)
    add_library(CertDesk::OpenCV INTERFACE IMPORTED)
    target_link_libraries(CertDesk::OpenCV INTERFACE ${OpenCV_LIBS})
    target_include_directories(CertDesk::OpenCV SYSTEM INTERFACE ${OpenCV_INCLUDE_DIRS})
    message(STATUS "OpenCV ${OpenCV_VERSION} (package file)")
    return()
endif()
find_path(CertDeskOpenCV_INCLUDE_DIR opencv2/core.hpp PATH_SUFFIXES opencv4)
set(certdesk_opencv_libraries)
foreach(module IN LISTS certdesk_opencv_modules)
    find_library(CertDeskOpenCV_${module}_LIBRARY NAMES opencv_${module})
    if(NOT CertDeskOpenCV_${module}_LIBRARY)
        message(FATAL_ERROR "OpenCV module ${module} not found: install libopencv-${module}-dev "
                            "(packaging/install-deps.sh does)")
    endif()
    list(APPEND certdesk_opencv_libraries ${CertDeskOpenCV_${module}_LIBRARY})
endforeach()
if(NOT CertDeskOpenCV_INCLUDE_DIR)
    message(FATAL_ERROR "OpenCV headers not found: install libopencv-core-dev")
endif()
add_library(CertDesk::OpenCV INTERFACE IMPORTED)
target_link_libraries(CertDesk::OpenCV INTERFACE ${certdesk_opencv_libraries})
target_include_directories(CertDesk::OpenCV SYSTEM INTERFACE ${CertDeskOpenCV_INCLUDE_DIR})
message(STATUS "OpenCV modules: ${certdesk_opencv_libraries}")
