"""The baseline: a minimal Typer app, one command, one string argument, printing it."""

import typer

app = typer.Typer()


@app.command()
def main(name: str) -> None:
    print(name)


if __name__ == "__main__":
    app()
