"""Run Ralph's LRS for the tests, with the file-system backend appending instead of creating.

Started with the Python of Ralph's own virtual environment: `python ralph_server.py PORT`.
Ralph 5.1.0's fs backend refuses every write after the first ("... already exists and overwrite
is not allowed"); appending is the work-around (docs/architecture.md, "Test environment").
"""

import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend

FSDataBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
