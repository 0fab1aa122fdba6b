"""Broken backends: each mirrors stdlib multiprocessing and breaks documented behaviour named in its BREAKS."""
