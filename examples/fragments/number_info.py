gr.Number(label='Age', info='In years, must be greater than 0')
