"""raadsviewer's read-only resources: the sample dossier, translations, the guide, icons and the
letter templates. Kept in the checkout's top-level resources/ folder and installed as the package
``raadsviewer.resources`` (see pyproject.toml), so an installed wheel has them too; found with
``raadsviewer.resources_path``."""
