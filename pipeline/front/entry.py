"""The `minutes` console script. Loads nothing but the standard library before Ctrl-C is held back
(pipeline/front/interrupt.py); the commands are in cli.py."""
from bangla_minutes.pipeline.front import interrupt


def main() -> None:
    interrupt.hold()
    from bangla_minutes.pipeline.front.cli import main as cli

    cli(prog_name="minutes")
