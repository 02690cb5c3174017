def __getattr__(name: str):
    # `from pipeline import load_dataset` without pandas at `import pipeline` (`minutes parse` starts fast).
    if name == "load_dataset":
        from pipeline.dataset import load_dataset

        return load_dataset
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
