"""The pytest hook through which plugins and conftest.py files add backends."""


def pytest_mp_conformance_backends(config):
    """Return a list of conformance.backends.Backend objects to make selectable by name.

    Implement it in a conftest.py or a pytest plugin:

        def pytest_mp_conformance_backends(config):
            import my_mp
            return [Backend("mine", "my_mp", my_mp.__version__, {"spawn": my_mp.get_context("spawn")})]
    """
