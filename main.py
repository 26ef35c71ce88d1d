"""Start ICF Assess.

`python main.py` opens the window; `python main.py icf search uwaga` runs a command.
"""

import sys

from app.entry import main

if __name__ == "__main__":
    sys.exit(main())
