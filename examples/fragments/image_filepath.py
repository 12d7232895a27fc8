gr.Image(type="filepath")
