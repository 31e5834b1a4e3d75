// sigma WebGL programs for nodes (discs) and links (straight bands) that give every corner its own
// vertex instead of drawing instances of one shape.
//
// Why: sigma's own disc and link programs are instanced (one shape, drawn once per node or link). A
// graphics card does that in one pass, but software WebGL (SwiftShader, used by browsers without a usable
// GPU) runs each instance as a draw of its own: at 5,836 nodes and 10,595 links a full drawing cost
// 260-420 ms of CPU; with these programs about 90 ms (web/bench/graph-bench.mjs, web/README.md).
// Sizes follow sigma's conventions: a node's `size` is its radius in pixels at the camera's reference
// zoom, a link's `size` its thickness, both divided by the render parameters' `sizeRatio`.
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { EdgeProgram, NodeProgram } from "sigma/rendering";
import type { ProgramInfo } from "sigma/rendering";
import { floatColor } from "sigma/utils";

const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;

// Shared by both programs: the pixel size of the viewport turns pixel offsets into clip space, and
// one device pixel of soft edge smooths the outlines (picking draws hard edges: one id per pixel).
const uniforms = ["u_matrix", "u_viewport", "u_sizeRatio", "u_feather", "u_minThickness"] as const;
type Uniform = (typeof uniforms)[number];

function setSharedUniforms(params: RenderParams, { gl, uniformLocations: u }: ProgramInfo<Uniform>): void {
  gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
  gl.uniform2f(u.u_viewport, params.width, params.height);
  gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
  gl.uniform1f(u.u_feather, 1 / params.pixelRatio);
  gl.uniform1f(u.u_minThickness, params.minEdgeThickness);
}

const colorAttributes = [
  { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
  { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
];

// Shared by both programs: the picking pass draws each item in its id colour, the display in its own.
const vertexColor = /* glsl */ `#ifdef PICKING_MODE
  v_color = a_id;
#else
  v_color = a_color;
#endif`;

// Shared by both fragment shaders, given `outside` (how far the fragment lies outside the shape): a
// hard edge for picking, a soft one a device pixel wide for display.
const featheredColor = /* glsl */ `#ifdef PICKING_MODE
  gl_FragColor = outside <= 0.0 ? v_color : vec4(0.0);
#else
  gl_FragColor = v_color * clamp(0.5 - outside / u_feather, 0.0, 1.0); // the outline is the middle of the soft edge
#endif`;

const discVertexShader = /* glsl */ `
attribute vec2 a_position;
attribute float a_size;
attribute float a_angle;
attribute vec4 a_color;
attribute vec4 a_id;
uniform mat3 u_matrix;
uniform vec2 u_viewport;
uniform float u_sizeRatio;
uniform float u_feather;
varying vec4 v_color;
varying vec2 v_offset;
varying float v_radius;

void main() {
  float radius = a_size / u_sizeRatio;
  // an equilateral triangle's inscribed circle has half its circumradius: the disc and its soft edge fit
  float reach = 2.0 * (radius + u_feather);
  vec2 offset = reach * vec2(cos(a_angle), sin(a_angle));
  vec2 centre = (u_matrix * vec3(a_position, 1.0)).xy;
  gl_Position = vec4(centre + offset * 2.0 / u_viewport, 0.0, 1.0);
  v_offset = offset;
  v_radius = radius;
${vertexColor}
}
`;

const discFragmentShader = /* glsl */ `
precision highp float; // as the vertex shader: uniforms shared by both must agree
uniform float u_feather;
varying vec4 v_color;
varying vec2 v_offset;
varying float v_radius;

void main() {
  float outside = length(v_offset) - v_radius;
${featheredColor}
}
`;

/** Nodes as discs: three vertices per node (a triangle around the disc). */
export class DiscNodeProgram extends NodeProgram<Uniform> {
  getDefinition() {
    return {
      VERTICES: 3,
      VERTEX_SHADER_SOURCE: discVertexShader,
      FRAGMENT_SHADER_SOURCE: discFragmentShader,
      METHOD: TRIANGLES,
      UNIFORMS: uniforms,
      ATTRIBUTES: [{ name: "a_position", size: 2, type: FLOAT }, { name: "a_size", size: 1, type: FLOAT }, { name: "a_angle", size: 1, type: FLOAT }, ...colorAttributes],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    const color = floatColor(data.color);
    let i = startIndex;
    for (let corner = 0; corner < 3; corner++) {
      this.array[i++] = data.x;
      this.array[i++] = data.y;
      this.array[i++] = data.size;
      this.array[i++] = (corner * 2 * Math.PI) / 3;
      this.array[i++] = color;
      this.array[i++] = nodeIndex;
    }
  }

  setUniforms(params: RenderParams, programInfo: ProgramInfo<Uniform>): void {
    setSharedUniforms(params, programInfo);
  }
}

const bandVertexShader = /* glsl */ `
attribute vec2 a_source;
attribute vec2 a_target;
attribute vec2 a_corner; // (0 at the source or 1 at the target, -1 or 1 across)
attribute float a_thickness;
attribute vec4 a_color;
attribute vec4 a_id;
uniform mat3 u_matrix;
uniform vec2 u_viewport;
uniform float u_sizeRatio;
uniform float u_feather;
uniform float u_minThickness;
varying vec4 v_color;
varying float v_across;
varying float v_halfWidth;

void main() {
  vec2 from = (u_matrix * vec3(a_source, 1.0)).xy;
  vec2 to = (u_matrix * vec3(a_target, 1.0)).xy;
  vec2 along = (to - from) * u_viewport * 0.5; // in pixels
  float pixels = length(along);
  vec2 across = pixels > 0.0 ? vec2(-along.y, along.x) / pixels : vec2(0.0, 1.0);
  float halfWidth = 0.5 * max(a_thickness / u_sizeRatio, u_minThickness);
  float reach = (halfWidth + u_feather) * a_corner.y;
  gl_Position = vec4(mix(from, to, a_corner.x) + across * reach * 2.0 / u_viewport, 0.0, 1.0);
  v_across = reach;
  v_halfWidth = halfWidth;
${vertexColor}
}
`;

const bandFragmentShader = /* glsl */ `
precision highp float; // as the vertex shader: uniforms shared by both must agree
uniform float u_feather;
varying vec4 v_color;
varying float v_across;
varying float v_halfWidth;

void main() {
  float outside = abs(v_across) - v_halfWidth;
${featheredColor}
}
`;

/** The corners of a link's two triangles: (along, across). */
const bandCorners = [
  [0, -1],
  [1, -1],
  [0, 1],
  [0, 1],
  [1, -1],
  [1, 1],
];

/** Links as straight bands: six vertices per link (two triangles). */
export class BandEdgeProgram extends EdgeProgram<Uniform> {
  getDefinition() {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: bandVertexShader,
      FRAGMENT_SHADER_SOURCE: bandFragmentShader,
      METHOD: TRIANGLES,
      UNIFORMS: uniforms,
      ATTRIBUTES: [
        { name: "a_source", size: 2, type: FLOAT },
        { name: "a_target", size: 2, type: FLOAT },
        { name: "a_corner", size: 2, type: FLOAT },
        { name: "a_thickness", size: 1, type: FLOAT },
        ...colorAttributes,
      ],
    };
  }

  processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void {
    const color = floatColor(data.color);
    let i = startIndex;
    for (const [along, across] of bandCorners) {
      this.array[i++] = source.x;
      this.array[i++] = source.y;
      this.array[i++] = target.x;
      this.array[i++] = target.y;
      this.array[i++] = along;
      this.array[i++] = across;
      this.array[i++] = data.size;
      this.array[i++] = color;
      this.array[i++] = edgeIndex;
    }
  }

  setUniforms(params: RenderParams, programInfo: ProgramInfo<Uniform>): void {
    setSharedUniforms(params, programInfo);
  }
}
