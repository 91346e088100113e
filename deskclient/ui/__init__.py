"""The Qt desktop. Widgets talk to services and models, never to the store or network."""
