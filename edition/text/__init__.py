# SPDX-License-Identifier: MIT
"""Text in: reading a source file and cutting it into blocks, with positions kept."""
