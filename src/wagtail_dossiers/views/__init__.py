"""Admin views of the app: the dossier import (``imports``)."""
