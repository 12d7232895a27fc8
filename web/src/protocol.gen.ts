// Generated from lite_core/protocol.py by `python -m build_scripts.gen_protocol`. Do not edit.

export const API_PREFIX = "/gradio_api" as const;
export const PROTOCOL = "sse_v3" as const;
export const MAX_BODY_BYTES = 67108864 as const;
export const RAW_FRAME_MIME = "image/x-lite-frame" as const;

export interface BlockProps {
  visible: boolean;
  elem_id: string | null;
  elem_classes: string[];
  name: string;
}

export interface ComponentProps {
  visible: boolean;
  elem_id: string | null;
  elem_classes: string[];
  name: string;
  value: unknown;
  label: string | null;
  info: string | null;
  show_label: boolean | null;
  container: boolean;
  scale: number | null;
  min_width: number;
  interactive: boolean | null;
}

export interface ComponentConfig {
  id: number;
  type: string;
  props: Record<string, unknown>;
  skip_api: boolean;
  component_class_id: string;
  key: string | null;
  api_info: Record<string, unknown> | null;
  example_inputs: unknown;
  rendered_in?: number;
  preserved_by_key?: string[];
}

export interface LayoutNode {
  id: number;
  children?: LayoutNode[];
}

export interface FileMeta {
  _type: "gradio.FileData";
  width?: number;
  height?: number;
  channels?: number;
}

export interface FileData {
  path: string;
  url: string | null;
  size: number | null;
  orig_name: string | null;
  mime_type: string | null;
  is_stream: boolean;
  meta: FileMeta;
}

export interface DependencyTypes {
  generator: boolean;
  cancel: boolean;
}

export interface DependencyConfig {
  id: number;
  targets: [number, string][];
  inputs: number[];
  outputs: number[];
  backend_fn: boolean;
  js: string | null;
  queue: boolean;
  api_name: string | null;
  scroll_to_output: boolean;
  show_progress: "full" | "minimal" | "hidden";
  trigger_mode: "once" | "multiple" | "always_last";
  types: DependencyTypes;
  show_api: boolean;
  trigger_after: number | null;
  trigger_only_on_success: boolean;
  trigger_only_on_failure: boolean;
  collects_event_data: boolean;
  cancels: number[];
  stream_every: number | null;
  rendered_in: number | null;
  render_id: number | null;
}

export interface PageConfig {
  layout: LayoutNode;
  components: number[];
  dependencies: number[];
}

export interface AppConfig {
  version: string;
  lite_version: string;
  api_prefix: string;
  mode: "interface" | "blocks";
  title: string;
  protocol: "sse_v3";
  layout: LayoutNode;
  pages: string[][];
  page: Record<string, PageConfig>;
  components: ComponentConfig[];
  dependencies: DependencyConfig[];
  root: string;
  theme: string;
  theme_vars: { light: Record<string, string>; dark: Record<string, string> };
  css: string | null;
  js: string | null;
  head: string | null;
  dev_mode: boolean;
  analytics_enabled: boolean;
  show_error: boolean;
  share: boolean;
  show_api: boolean;
}

export interface PythonType {
  type: string;
  description: string;
}

export interface ApiParameter {
  label: string;
  parameter_name: string;
  parameter_has_default: boolean;
  parameter_default: unknown;
  type: Record<string, unknown>;
  python_type: PythonType;
  component: string;
  example_input: unknown;
}

export interface ApiReturn {
  label: string;
  type: Record<string, unknown>;
  python_type: PythonType;
  component: string;
}

export interface EndpointInfo {
  parameters: ApiParameter[];
  returns: ApiReturn[];
  show_api: boolean;
  description: string;
}

export interface ApiInfo {
  named_endpoints: Record<string, EndpointInfo>;
  unnamed_endpoints: Record<string, EndpointInfo>;
}

export interface JoinRequest {
  data: unknown[];
  fn_index: number;
  session_hash: string;
  event_data: unknown;
  trigger_id: number | null;
}

export interface CancelRequest {
  session_hash: string;
  fn_index: number;
  event_id: string;
}

export interface JoinResponse {
  event_id: string;
}

export interface InputCheck {
  is_valid: boolean;
  message: string;
  __type__?: "validate";
  parameter_name?: string;
}

export interface FieldError {
  type: string;
  loc: (string | number)[];
  msg: string;
  input: unknown;
}

export interface ErrorResponse {
  detail: string | (InputCheck | FieldError)[];
}

export interface EstimationMessage {
  msg: "estimation";
  event_id: string;
  rank: number;
  queue_size: number;
  rank_eta: number | null;
}

export interface ProcessStartsMessage {
  msg: "process_starts";
  event_id: string;
  eta: number | null;
}

export interface SuccessOutput {
  data: unknown[];
  is_generating: boolean;
  duration: number;
  average_duration: number;
  render_config: RenderConfig | null;
  changed_state_ids: number[];
}

export interface GeneratingOutput {
  data: unknown[];
  is_generating: boolean;
}

export interface RenderConfig {
  render_id: number;
  layout: LayoutNode;
  components: ComponentConfig[];
  dependencies: DependencyConfig[];
}

export interface ProcessGeneratingMessage {
  msg: "process_generating";
  event_id: string;
  output: GeneratingOutput;
  success: boolean;
}

export interface ErrorOutput {
  error: string | null;
  duration: number | null;
  visible: boolean;
  title: string;
}

export interface ProcessCompletedMessage {
  msg: "process_completed";
  event_id: string;
  output: SuccessOutput | ErrorOutput;
  success: boolean;
  title: string | null;
}

export interface LogMessage {
  msg: "log";
  event_id: string;
  log: string;
  level: "info" | "warning" | "success";
  duration: number | null;
  visible: boolean;
  title: string;
}

export interface ProgressUnit {
  index: number | null;
  length: number | null;
  unit: string | null;
  progress: number | null;
  desc: string | null;
}

export interface ProgressMessage {
  msg: "progress";
  event_id: string;
  progress_data: ProgressUnit[];
}

export interface HeartbeatMessage {
  msg: "heartbeat";
  event_id: null;
}

export interface CloseStreamMessage {
  msg: "close_stream";
  event_id: null;
}

export interface UnexpectedErrorMessage {
  msg: "unexpected_error";
  event_id: string | null;
  message: string;
  session_not_found: boolean;
  success: boolean;
}

// Each component's and layout's props, declared beside its Python class.

export interface AccordionProps extends BlockProps {
  label: string | null;
  open: boolean;
}

export interface AnnotatedImageProps extends ComponentProps {
  format: string;
  show_legend: boolean;
  height: number | string | null;
  width: number | string | null;
  color_map: Record<string, string> | null;
  show_fullscreen_button: boolean;
}

export interface AudioProps extends ComponentProps {
  sources: ("upload" | "microphone")[];
  type: "numpy" | "filepath";
  streaming: boolean;
  format: "wav" | "mp3" | null;
  autoplay: boolean;
  show_download_button: boolean | null;
  editable: boolean;
  min_length: number | null;
  max_length: number | null;
  loop: boolean;
  recording: boolean;
}

export interface BrowserStateProps extends ComponentProps {
  default_value: unknown;
  storage_key: string;
}

export interface ButtonProps extends ComponentProps {
  variant: "primary" | "secondary" | "stop" | "huggingface";
  size: "sm" | "md" | "lg";
  icon: string | null;
  link: string | null;
}

export interface ChatbotProps extends ComponentProps {
  type: "messages" | "tuples";
  height: number | string | null;
  placeholder: string | null;
  show_copy_button: boolean;
  render_markdown: boolean;
  rtl: boolean;
  layout: "bubble" | "panel" | null;
  examples: Record<string, unknown>[] | null;
}

export interface CheckboxGroupProps extends ComponentProps {
  choices: ([string, string | number])[];
  type: "value" | "index";
}

export interface CodeProps extends ComponentProps {
  language: string | null;
  lines: number;
  max_lines: number | null;
  wrap_lines: boolean;
  show_line_numbers: boolean;
  autocomplete: boolean;
}

export interface ColumnProps extends BlockProps {
  scale: number;
  min_width: number;
  variant: "default" | "panel" | "compact";
}

export interface DataframeProps extends ComponentProps {
  headers: string[];
  row_count: [number, string];
  col_count: [number, string];
  datatype: string | string[];
  type: "pandas" | "numpy" | "array" | "polars";
  wrap: boolean;
  max_height: number | string;
}

export interface DatasetProps extends ComponentProps {
  components: string[];
  component_ids: number[];
  component_props: Record<string, unknown>[];
  headers: string[];
  samples: unknown[][];
  samples_per_page: number;
  type: "values" | "index" | "tuple";
}

export interface DateTimeProps extends ComponentProps {
  include_time: boolean;
  type: "timestamp" | "datetime" | "string";
  timezone: string | null;
}

export interface DeepLinkButtonProps extends ComponentProps {
  variant: "primary" | "secondary" | "stop" | "huggingface";
  size: "sm" | "md" | "lg";
  icon: string | null;
  link: string | null;
  copied_value: string;
}

export interface DialogueProps extends ComponentProps {
  type: "list" | "text";
  speakers: string[] | null;
  tags: string[];
  separator: string;
  color_map: Record<string, string> | null;
  placeholder: string | null;
  max_lines: number | null;
  show_submit_button: boolean;
  show_copy_button: boolean;
  ui_mode: "dialogue" | "text" | "both";
}

export interface DownloadButtonProps extends ComponentProps {
  variant: "primary" | "secondary" | "stop";
  size: "sm" | "md" | "lg";
  icon: string | null;
}

export interface DraggableProps extends BlockProps {
  orientation: "row" | "column";
}

export interface DropdownProps extends ComponentProps {
  choices: ([string, string | number])[];
  type: "value" | "index";
  multiselect: boolean | null;
  allow_custom_value: boolean;
  max_choices: number | null;
  filterable: boolean;
}

export interface FileExplorerProps extends ComponentProps {
  glob: string;
  ignore_glob: string | null;
  root_dir: string;
  file_count: "single" | "multiple";
  height: number | string | null;
  max_height: number | string | null;
  min_height: number | string | null;
  server_fns: string[];
}

export interface FileProps extends ComponentProps {
  file_count: "single" | "multiple" | "directory";
  file_types: string[] | null;
  type: "filepath" | "binary";
  height: number | null;
}

export interface GalleryProps extends ComponentProps {
  columns: number | number[] | null;
  rows: number | number[] | null;
  height: number | string | null;
  allow_preview: boolean;
  object_fit: string | null;
  format: string;
  type: "numpy" | "pil" | "filepath";
  show_download_button: boolean;
}

export interface HighlightedTextProps extends ComponentProps {
  color_map: Record<string, string> | null;
  show_legend: boolean;
  show_inline_category: boolean;
}

export interface ImageEditorProps extends ComponentProps {
  height: number | string | null;
  width: number | string | null;
  image_mode: string;
  sources: string[];
  type: "numpy" | "pil" | "filepath";
  show_download_button: boolean;
  format: string;
  transforms: string[];
  eraser: { default_size: number | "auto" } | null;
  brush: { default_size: number | "auto"; colors: (string | [string, number])[] | string | [string, number]; default_color: string | [string, number] | null; color_mode: "fixed" | "defaults" } | null;
  layers: { allow_additional_layers: boolean; layers: string[]; disabled: boolean };
  canvas_size: [number, number];
  fixed_canvas: boolean;
  show_fullscreen_button: boolean;
  webcam_options: { mirror: boolean; constraints: Record<string, unknown> | null };
  placeholder: string | null;
}

export interface ImageProps extends ComponentProps {
  format: string;
  height: number | string | null;
  width: number | string | null;
  image_mode: string | null;
  sources: string[];
  type: "numpy" | "pil" | "filepath";
  streaming: boolean;
  show_download_button: boolean;
  mirror_webcam: boolean | null;
}

export interface ImageSliderProps extends ComponentProps {
  format: string;
  height: number | string | null;
  width: number | string | null;
  image_mode: string | null;
  type: "numpy" | "pil" | "filepath";
  show_download_button: boolean;
  show_fullscreen_button: boolean;
  slider_position: number;
  max_height: number;
}

export interface JSONProps extends ComponentProps {
  open: boolean;
  height: number | string | null;
}

export interface LabelProps extends ComponentProps {
  num_top_classes: number | null;
  color: string | null;
}

export interface MarkdownProps extends ComponentProps {
  rtl: boolean;
  sanitize_html: boolean;
  line_breaks: boolean;
}

export interface Model3DProps extends ComponentProps {
  display_mode: "solid" | "point_cloud" | "wireframe" | null;
  clear_color: number[];
  camera_position: (number | null)[];
  zoom_speed: number;
  pan_speed: number;
  height: number | string | null;
}

export interface MultimodalTextboxProps extends ComponentProps {
  sources: ("upload" | "microphone")[];
  file_types: string[] | null;
  file_count: "single" | "multiple" | "directory";
  lines: number;
  max_lines: number;
  placeholder: string | null;
  autofocus: boolean;
  autoscroll: boolean;
  text_align: "left" | "right" | null;
  rtl: boolean;
  submit_btn: string | boolean | null;
  stop_btn: string | boolean | null;
  max_plain_text_length: number;
}

export interface NativePlotProps extends ComponentProps {
  x: string | null;
  y: string | null;
  color: string | null;
  title: string | null;
  x_title: string | null;
  y_title: string | null;
  color_title: string | null;
  tooltip: string[] | "axis" | "none" | "all" | boolean | null;
  y_aggregate: "sum" | "mean" | "median" | "min" | "max" | "count" | null;
  x_lim: number[] | null;
  y_lim: number[] | null;
  height: number | null;
  caption: string | null;
  sort: "x" | "y" | "-x" | "-y" | string[] | null;
}

export interface NavbarProps extends ComponentProps {
  main_page_name: string | false;
}

export interface NumberProps extends ComponentProps {
  placeholder: string | null;
  precision: number | null;
  minimum: number | null;
  maximum: number | null;
  step: number;
}

export interface ParamViewerProps extends ComponentProps {
  language: "python" | "typescript";
  linkify: string[] | null;
  header: string | null;
  anchor_links: boolean | string;
}

export interface PlotProps extends ComponentProps {
  format: "webp" | "png" | "jpeg";
}

export interface RadioProps extends ComponentProps {
  choices: ([string, string | number])[];
  type: "value" | "index";
  rtl: boolean;
}

export interface RowProps extends BlockProps {
  variant: "default" | "panel" | "compact";
  equal_height: boolean;
}

export interface SidebarProps extends BlockProps {
  label: string | null;
  open: boolean;
  width: number | string;
  position: "left" | "right";
}

export interface SliderProps extends ComponentProps {
  minimum: number;
  maximum: number;
  step: number;
  precision: number | null;
  show_reset_button: boolean;
}

export interface StepProps extends BlockProps {
  label: string | null;
  id: number | string | null;
  interactive: boolean;
  scale: number | null;
}

export interface TabProps extends BlockProps {
  label: string | null;
  id: number | string | null;
  interactive: boolean;
}

export interface TabsProps extends BlockProps {
  selected: number | string | null;
}

export interface TextboxProps extends ComponentProps {
  type: "text" | "password" | "email";
  lines: number;
  max_lines: number | null;
  placeholder: string | null;
  autofocus: boolean;
  autoscroll: boolean;
  text_align: "left" | "right" | null;
  rtl: boolean;
  show_copy_button: boolean;
  max_length: number | null;
}

export interface TimerProps extends ComponentProps {
  active: boolean;
}

export interface UploadButtonProps extends ComponentProps {
  file_count: "single" | "multiple" | "directory";
  file_types: string[] | null;
  type: "filepath" | "binary";
  height: number | null;
  variant: "primary" | "secondary" | "stop" | "huggingface";
  size: "sm" | "md" | "lg";
  icon: string | null;
}

export interface VideoProps extends ComponentProps {
  format: string | null;
  sources: string[];
  height: number | string | null;
  width: number | string | null;
  autoplay: boolean;
  loop: boolean;
  show_download_button: boolean | null;
  include_audio: boolean | null;
}

export interface WalkthroughProps extends BlockProps {
  selected: number | string | null;
}

export type ServerMessage = EstimationMessage | ProcessStartsMessage | ProcessGeneratingMessage | ProcessCompletedMessage | LogMessage | ProgressMessage | HeartbeatMessage | CloseStreamMessage | UnexpectedErrorMessage;
