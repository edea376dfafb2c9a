"""placeholder"""
SCENES = {}
