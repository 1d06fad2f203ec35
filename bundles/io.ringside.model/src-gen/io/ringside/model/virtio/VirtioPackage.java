/**
 */
package io.ringside.model.virtio;

import io.ringside.model.trace.TracePackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Virtqueues: split and packed rings, descriptors, chains, event suppression.
 * <!-- end-model-doc -->
 * @see io.ringside.model.virtio.VirtioFactory
 * @model kind="package"
 * @generated
 */
public interface VirtioPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "virtio";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ringside.io/model/virtio/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "virtio";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	VirtioPackage eINSTANCE = io.ringside.model.virtio.impl.VirtioPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.ringside.model.virtio.impl.VirtioDeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.virtio.impl.VirtioDeviceImpl
	 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getVirtioDevice()
	 * @generated
	 */
	int VIRTIO_DEVICE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTIO_DEVICE__ID = TracePackage.DEVICE__ID;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTIO_DEVICE__TYPE = TracePackage.DEVICE__TYPE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTIO_DEVICE__NAME = TracePackage.DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTIO_DEVICE__LABEL = TracePackage.DEVICE__LABEL;

	/**
	 * The feature id for the '<em><b>Queues</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTIO_DEVICE__QUEUES = TracePackage.DEVICE__QUEUES;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTIO_DEVICE__FEATURES = TracePackage.DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Feature Set</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTIO_DEVICE__FEATURE_SET = TracePackage.DEVICE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTIO_DEVICE_FEATURE_COUNT = TracePackage.DEVICE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTIO_DEVICE_OPERATION_COUNT = TracePackage.DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.virtio.impl.FeatureSetImpl <em>Feature Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.virtio.impl.FeatureSetImpl
	 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getFeatureSet()
	 * @generated
	 */
	int FEATURE_SET = 1;

	/**
	 * The feature id for the '<em><b>Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__BITS = 0;

	/**
	 * The feature id for the '<em><b>Version1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__VERSION1 = 1;

	/**
	 * The feature id for the '<em><b>Ring Packed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__RING_PACKED = 2;

	/**
	 * The feature id for the '<em><b>Event Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__EVENT_IDX = 3;

	/**
	 * The feature id for the '<em><b>In Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__IN_ORDER = 4;

	/**
	 * The feature id for the '<em><b>Indirect Desc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__INDIRECT_DESC = 5;

	/**
	 * The feature id for the '<em><b>Notification Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__NOTIFICATION_DATA = 6;

	/**
	 * The feature id for the '<em><b>Names</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__NAMES = 7;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__LABEL = 8;

	/**
	 * The number of structural features of the '<em>Feature Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Feature Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.virtio.impl.VirtqueueImpl <em>Virtqueue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.virtio.impl.VirtqueueImpl
	 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getVirtqueue()
	 * @generated
	 */
	int VIRTQUEUE = 2;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__INDEX = TracePackage.QUEUE__INDEX;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__SIZE = TracePackage.QUEUE__SIZE;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__LAYOUT = TracePackage.QUEUE__LAYOUT;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__LABEL = TracePackage.QUEUE__LABEL;

	/**
	 * The feature id for the '<em><b>Outstanding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__OUTSTANDING = TracePackage.QUEUE__OUTSTANDING;

	/**
	 * The feature id for the '<em><b>Notifications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__NOTIFICATIONS = TracePackage.QUEUE__NOTIFICATIONS;

	/**
	 * The feature id for the '<em><b>Interrupts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__INTERRUPTS = TracePackage.QUEUE__INTERRUPTS;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__REQUESTS = TracePackage.QUEUE__REQUESTS;

	/**
	 * The feature id for the '<em><b>Event Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__EVENT_IDX = TracePackage.QUEUE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>In Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__IN_ORDER = TracePackage.QUEUE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Indirect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__INDIRECT = TracePackage.QUEUE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Last Avail Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__LAST_AVAIL_IDX = TracePackage.QUEUE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Avail Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__AVAIL_IDX = TracePackage.QUEUE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Used Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__USED_IDX = TracePackage.QUEUE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Buffers Made Available</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__BUFFERS_MADE_AVAILABLE = TracePackage.QUEUE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Buffers Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__BUFFERS_USED = TracePackage.QUEUE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Kicks Suppressed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__KICKS_SUPPRESSED = TracePackage.QUEUE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Interrupts Suppressed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__INTERRUPTS_SUPPRESSED = TracePackage.QUEUE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Batches</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__BATCHES = TracePackage.QUEUE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Descriptors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__DESCRIPTORS = TracePackage.QUEUE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Chains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE__CHAINS = TracePackage.QUEUE_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Virtqueue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE_FEATURE_COUNT = TracePackage.QUEUE_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Virtqueue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTQUEUE_OPERATION_COUNT = TracePackage.QUEUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.virtio.impl.SplitVirtqueueImpl <em>Split Virtqueue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.virtio.impl.SplitVirtqueueImpl
	 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getSplitVirtqueue()
	 * @generated
	 */
	int SPLIT_VIRTQUEUE = 3;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__INDEX = VIRTQUEUE__INDEX;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__SIZE = VIRTQUEUE__SIZE;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__LAYOUT = VIRTQUEUE__LAYOUT;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__LABEL = VIRTQUEUE__LABEL;

	/**
	 * The feature id for the '<em><b>Outstanding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__OUTSTANDING = VIRTQUEUE__OUTSTANDING;

	/**
	 * The feature id for the '<em><b>Notifications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__NOTIFICATIONS = VIRTQUEUE__NOTIFICATIONS;

	/**
	 * The feature id for the '<em><b>Interrupts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__INTERRUPTS = VIRTQUEUE__INTERRUPTS;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__REQUESTS = VIRTQUEUE__REQUESTS;

	/**
	 * The feature id for the '<em><b>Event Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__EVENT_IDX = VIRTQUEUE__EVENT_IDX;

	/**
	 * The feature id for the '<em><b>In Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__IN_ORDER = VIRTQUEUE__IN_ORDER;

	/**
	 * The feature id for the '<em><b>Indirect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__INDIRECT = VIRTQUEUE__INDIRECT;

	/**
	 * The feature id for the '<em><b>Last Avail Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__LAST_AVAIL_IDX = VIRTQUEUE__LAST_AVAIL_IDX;

	/**
	 * The feature id for the '<em><b>Avail Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__AVAIL_IDX = VIRTQUEUE__AVAIL_IDX;

	/**
	 * The feature id for the '<em><b>Used Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__USED_IDX = VIRTQUEUE__USED_IDX;

	/**
	 * The feature id for the '<em><b>Buffers Made Available</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__BUFFERS_MADE_AVAILABLE = VIRTQUEUE__BUFFERS_MADE_AVAILABLE;

	/**
	 * The feature id for the '<em><b>Buffers Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__BUFFERS_USED = VIRTQUEUE__BUFFERS_USED;

	/**
	 * The feature id for the '<em><b>Kicks Suppressed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__KICKS_SUPPRESSED = VIRTQUEUE__KICKS_SUPPRESSED;

	/**
	 * The feature id for the '<em><b>Interrupts Suppressed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__INTERRUPTS_SUPPRESSED = VIRTQUEUE__INTERRUPTS_SUPPRESSED;

	/**
	 * The feature id for the '<em><b>Batches</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__BATCHES = VIRTQUEUE__BATCHES;

	/**
	 * The feature id for the '<em><b>Descriptors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__DESCRIPTORS = VIRTQUEUE__DESCRIPTORS;

	/**
	 * The feature id for the '<em><b>Chains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__CHAINS = VIRTQUEUE__CHAINS;

	/**
	 * The feature id for the '<em><b>Avail Ring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__AVAIL_RING = VIRTQUEUE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Used Ring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE__USED_RING = VIRTQUEUE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Split Virtqueue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE_FEATURE_COUNT = VIRTQUEUE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Split Virtqueue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_VIRTQUEUE_OPERATION_COUNT = VIRTQUEUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.virtio.impl.PackedVirtqueueImpl <em>Packed Virtqueue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.virtio.impl.PackedVirtqueueImpl
	 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getPackedVirtqueue()
	 * @generated
	 */
	int PACKED_VIRTQUEUE = 4;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__INDEX = VIRTQUEUE__INDEX;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__SIZE = VIRTQUEUE__SIZE;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__LAYOUT = VIRTQUEUE__LAYOUT;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__LABEL = VIRTQUEUE__LABEL;

	/**
	 * The feature id for the '<em><b>Outstanding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__OUTSTANDING = VIRTQUEUE__OUTSTANDING;

	/**
	 * The feature id for the '<em><b>Notifications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__NOTIFICATIONS = VIRTQUEUE__NOTIFICATIONS;

	/**
	 * The feature id for the '<em><b>Interrupts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__INTERRUPTS = VIRTQUEUE__INTERRUPTS;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__REQUESTS = VIRTQUEUE__REQUESTS;

	/**
	 * The feature id for the '<em><b>Event Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__EVENT_IDX = VIRTQUEUE__EVENT_IDX;

	/**
	 * The feature id for the '<em><b>In Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__IN_ORDER = VIRTQUEUE__IN_ORDER;

	/**
	 * The feature id for the '<em><b>Indirect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__INDIRECT = VIRTQUEUE__INDIRECT;

	/**
	 * The feature id for the '<em><b>Last Avail Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__LAST_AVAIL_IDX = VIRTQUEUE__LAST_AVAIL_IDX;

	/**
	 * The feature id for the '<em><b>Avail Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__AVAIL_IDX = VIRTQUEUE__AVAIL_IDX;

	/**
	 * The feature id for the '<em><b>Used Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__USED_IDX = VIRTQUEUE__USED_IDX;

	/**
	 * The feature id for the '<em><b>Buffers Made Available</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__BUFFERS_MADE_AVAILABLE = VIRTQUEUE__BUFFERS_MADE_AVAILABLE;

	/**
	 * The feature id for the '<em><b>Buffers Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__BUFFERS_USED = VIRTQUEUE__BUFFERS_USED;

	/**
	 * The feature id for the '<em><b>Kicks Suppressed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__KICKS_SUPPRESSED = VIRTQUEUE__KICKS_SUPPRESSED;

	/**
	 * The feature id for the '<em><b>Interrupts Suppressed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__INTERRUPTS_SUPPRESSED = VIRTQUEUE__INTERRUPTS_SUPPRESSED;

	/**
	 * The feature id for the '<em><b>Batches</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__BATCHES = VIRTQUEUE__BATCHES;

	/**
	 * The feature id for the '<em><b>Descriptors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__DESCRIPTORS = VIRTQUEUE__DESCRIPTORS;

	/**
	 * The feature id for the '<em><b>Chains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__CHAINS = VIRTQUEUE__CHAINS;

	/**
	 * The feature id for the '<em><b>Driver Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__DRIVER_POSITION = VIRTQUEUE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Driver Wrap Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__DRIVER_WRAP_COUNTER = VIRTQUEUE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Device Read Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__DEVICE_READ_POSITION = VIRTQUEUE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Device Read Wrap Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__DEVICE_READ_WRAP_COUNTER = VIRTQUEUE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Device Used Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__DEVICE_USED_POSITION = VIRTQUEUE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Device Used Wrap Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__DEVICE_USED_WRAP_COUNTER = VIRTQUEUE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Driver Event</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__DRIVER_EVENT = VIRTQUEUE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Device Event</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE__DEVICE_EVENT = VIRTQUEUE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Packed Virtqueue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE_FEATURE_COUNT = VIRTQUEUE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Packed Virtqueue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKED_VIRTQUEUE_OPERATION_COUNT = VIRTQUEUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.virtio.impl.DescriptorImpl <em>Descriptor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.virtio.impl.DescriptorImpl
	 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getDescriptor()
	 * @generated
	 */
	int DESCRIPTOR = 5;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Addr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__ADDR = 1;

	/**
	 * The feature id for the '<em><b>Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__LEN = 2;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__FLAGS = 3;

	/**
	 * The feature id for the '<em><b>Next</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__NEXT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__ID = 5;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__STATE = 6;

	/**
	 * The feature id for the '<em><b>Write</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__WRITE = 7;

	/**
	 * The feature id for the '<em><b>Has Next</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__HAS_NEXT = 8;

	/**
	 * The feature id for the '<em><b>Indirect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__INDIRECT = 9;

	/**
	 * The feature id for the '<em><b>Avail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__AVAIL = 10;

	/**
	 * The feature id for the '<em><b>Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__USED = 11;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__LABEL = 12;

	/**
	 * The feature id for the '<em><b>Chain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__CHAIN = 13;

	/**
	 * The number of structural features of the '<em>Descriptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Descriptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.virtio.impl.DescriptorChainImpl <em>Descriptor Chain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.virtio.impl.DescriptorChainImpl
	 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getDescriptorChain()
	 * @generated
	 */
	int DESCRIPTOR_CHAIN = 6;

	/**
	 * The feature id for the '<em><b>Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_CHAIN__HEAD = 0;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_CHAIN__LENGTH = 1;

	/**
	 * The feature id for the '<em><b>Writable Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_CHAIN__WRITABLE_BYTES = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_CHAIN__STATE = 3;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_CHAIN__LABEL = 4;

	/**
	 * The feature id for the '<em><b>Descriptors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_CHAIN__DESCRIPTORS = 5;

	/**
	 * The number of structural features of the '<em>Descriptor Chain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_CHAIN_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Descriptor Chain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_CHAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.virtio.impl.AvailRingImpl <em>Avail Ring</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.virtio.impl.AvailRingImpl
	 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getAvailRing()
	 * @generated
	 */
	int AVAIL_RING = 7;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAIL_RING__FLAGS = 0;

	/**
	 * The feature id for the '<em><b>Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAIL_RING__IDX = 1;

	/**
	 * The feature id for the '<em><b>Used Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAIL_RING__USED_EVENT = 2;

	/**
	 * The feature id for the '<em><b>Ring</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAIL_RING__RING = 3;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAIL_RING__LABEL = 4;

	/**
	 * The number of structural features of the '<em>Avail Ring</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAIL_RING_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Avail Ring</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAIL_RING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.virtio.impl.UsedRingImpl <em>Used Ring</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.virtio.impl.UsedRingImpl
	 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getUsedRing()
	 * @generated
	 */
	int USED_RING = 8;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_RING__FLAGS = 0;

	/**
	 * The feature id for the '<em><b>Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_RING__IDX = 1;

	/**
	 * The feature id for the '<em><b>Avail Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_RING__AVAIL_EVENT = 2;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_RING__ELEMENTS = 3;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_RING__LABEL = 4;

	/**
	 * The number of structural features of the '<em>Used Ring</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_RING_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Used Ring</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_RING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.virtio.impl.UsedElementImpl <em>Used Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.virtio.impl.UsedElementImpl
	 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getUsedElement()
	 * @generated
	 */
	int USED_ELEMENT = 9;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_ELEMENT__SLOT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_ELEMENT__ID = 1;

	/**
	 * The feature id for the '<em><b>Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_ELEMENT__LEN = 2;

	/**
	 * The feature id for the '<em><b>Batch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_ELEMENT__BATCH = 3;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_ELEMENT__LABEL = 4;

	/**
	 * The number of structural features of the '<em>Used Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_ELEMENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Used Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.virtio.impl.EventSuppressionImpl <em>Event Suppression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.virtio.impl.EventSuppressionImpl
	 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getEventSuppression()
	 * @generated
	 */
	int EVENT_SUPPRESSION = 10;

	/**
	 * The feature id for the '<em><b>Off Wrap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SUPPRESSION__OFF_WRAP = 0;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SUPPRESSION__FLAGS = 1;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SUPPRESSION__OFFSET = 2;

	/**
	 * The feature id for the '<em><b>Wrap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SUPPRESSION__WRAP = 3;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SUPPRESSION__MODE = 4;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SUPPRESSION__LABEL = 5;

	/**
	 * The number of structural features of the '<em>Event Suppression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SUPPRESSION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Event Suppression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SUPPRESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.virtio.BufferState <em>Buffer State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.virtio.BufferState
	 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getBufferState()
	 * @generated
	 */
	int BUFFER_STATE = 11;


	/**
	 * Returns the meta object for class '{@link io.ringside.model.virtio.VirtioDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see io.ringside.model.virtio.VirtioDevice
	 * @generated
	 */
	EClass getVirtioDevice();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.VirtioDevice#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Features</em>'.
	 * @see io.ringside.model.virtio.VirtioDevice#getFeatures()
	 * @see #getVirtioDevice()
	 * @generated
	 */
	EAttribute getVirtioDevice_Features();

	/**
	 * Returns the meta object for the containment reference '{@link io.ringside.model.virtio.VirtioDevice#getFeatureSet <em>Feature Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Feature Set</em>'.
	 * @see io.ringside.model.virtio.VirtioDevice#getFeatureSet()
	 * @see #getVirtioDevice()
	 * @generated
	 */
	EReference getVirtioDevice_FeatureSet();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.virtio.FeatureSet <em>Feature Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feature Set</em>'.
	 * @see io.ringside.model.virtio.FeatureSet
	 * @generated
	 */
	EClass getFeatureSet();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.FeatureSet#getBits <em>Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bits</em>'.
	 * @see io.ringside.model.virtio.FeatureSet#getBits()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_Bits();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.FeatureSet#isVersion1 <em>Version1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version1</em>'.
	 * @see io.ringside.model.virtio.FeatureSet#isVersion1()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_Version1();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.FeatureSet#isRingPacked <em>Ring Packed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ring Packed</em>'.
	 * @see io.ringside.model.virtio.FeatureSet#isRingPacked()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_RingPacked();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.FeatureSet#isEventIdx <em>Event Idx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Idx</em>'.
	 * @see io.ringside.model.virtio.FeatureSet#isEventIdx()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_EventIdx();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.FeatureSet#isInOrder <em>In Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Order</em>'.
	 * @see io.ringside.model.virtio.FeatureSet#isInOrder()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_InOrder();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.FeatureSet#isIndirectDesc <em>Indirect Desc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indirect Desc</em>'.
	 * @see io.ringside.model.virtio.FeatureSet#isIndirectDesc()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_IndirectDesc();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.FeatureSet#isNotificationData <em>Notification Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notification Data</em>'.
	 * @see io.ringside.model.virtio.FeatureSet#isNotificationData()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_NotificationData();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.FeatureSet#getNames <em>Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Names</em>'.
	 * @see io.ringside.model.virtio.FeatureSet#getNames()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_Names();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.FeatureSet#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.virtio.FeatureSet#getLabel()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_Label();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.virtio.Virtqueue <em>Virtqueue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtqueue</em>'.
	 * @see io.ringside.model.virtio.Virtqueue
	 * @generated
	 */
	EClass getVirtqueue();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Virtqueue#isEventIdx <em>Event Idx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Idx</em>'.
	 * @see io.ringside.model.virtio.Virtqueue#isEventIdx()
	 * @see #getVirtqueue()
	 * @generated
	 */
	EAttribute getVirtqueue_EventIdx();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Virtqueue#isInOrder <em>In Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Order</em>'.
	 * @see io.ringside.model.virtio.Virtqueue#isInOrder()
	 * @see #getVirtqueue()
	 * @generated
	 */
	EAttribute getVirtqueue_InOrder();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Virtqueue#isIndirect <em>Indirect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indirect</em>'.
	 * @see io.ringside.model.virtio.Virtqueue#isIndirect()
	 * @see #getVirtqueue()
	 * @generated
	 */
	EAttribute getVirtqueue_Indirect();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Virtqueue#getLastAvailIdx <em>Last Avail Idx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Avail Idx</em>'.
	 * @see io.ringside.model.virtio.Virtqueue#getLastAvailIdx()
	 * @see #getVirtqueue()
	 * @generated
	 */
	EAttribute getVirtqueue_LastAvailIdx();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Virtqueue#getAvailIdx <em>Avail Idx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Avail Idx</em>'.
	 * @see io.ringside.model.virtio.Virtqueue#getAvailIdx()
	 * @see #getVirtqueue()
	 * @generated
	 */
	EAttribute getVirtqueue_AvailIdx();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Virtqueue#getUsedIdx <em>Used Idx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Used Idx</em>'.
	 * @see io.ringside.model.virtio.Virtqueue#getUsedIdx()
	 * @see #getVirtqueue()
	 * @generated
	 */
	EAttribute getVirtqueue_UsedIdx();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Virtqueue#getBuffersMadeAvailable <em>Buffers Made Available</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Buffers Made Available</em>'.
	 * @see io.ringside.model.virtio.Virtqueue#getBuffersMadeAvailable()
	 * @see #getVirtqueue()
	 * @generated
	 */
	EAttribute getVirtqueue_BuffersMadeAvailable();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Virtqueue#getBuffersUsed <em>Buffers Used</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Buffers Used</em>'.
	 * @see io.ringside.model.virtio.Virtqueue#getBuffersUsed()
	 * @see #getVirtqueue()
	 * @generated
	 */
	EAttribute getVirtqueue_BuffersUsed();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Virtqueue#getKicksSuppressed <em>Kicks Suppressed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kicks Suppressed</em>'.
	 * @see io.ringside.model.virtio.Virtqueue#getKicksSuppressed()
	 * @see #getVirtqueue()
	 * @generated
	 */
	EAttribute getVirtqueue_KicksSuppressed();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Virtqueue#getInterruptsSuppressed <em>Interrupts Suppressed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interrupts Suppressed</em>'.
	 * @see io.ringside.model.virtio.Virtqueue#getInterruptsSuppressed()
	 * @see #getVirtqueue()
	 * @generated
	 */
	EAttribute getVirtqueue_InterruptsSuppressed();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Virtqueue#getBatches <em>Batches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batches</em>'.
	 * @see io.ringside.model.virtio.Virtqueue#getBatches()
	 * @see #getVirtqueue()
	 * @generated
	 */
	EAttribute getVirtqueue_Batches();

	/**
	 * Returns the meta object for the containment reference list '{@link io.ringside.model.virtio.Virtqueue#getDescriptors <em>Descriptors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Descriptors</em>'.
	 * @see io.ringside.model.virtio.Virtqueue#getDescriptors()
	 * @see #getVirtqueue()
	 * @generated
	 */
	EReference getVirtqueue_Descriptors();

	/**
	 * Returns the meta object for the containment reference list '{@link io.ringside.model.virtio.Virtqueue#getChains <em>Chains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Chains</em>'.
	 * @see io.ringside.model.virtio.Virtqueue#getChains()
	 * @see #getVirtqueue()
	 * @generated
	 */
	EReference getVirtqueue_Chains();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.virtio.SplitVirtqueue <em>Split Virtqueue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Split Virtqueue</em>'.
	 * @see io.ringside.model.virtio.SplitVirtqueue
	 * @generated
	 */
	EClass getSplitVirtqueue();

	/**
	 * Returns the meta object for the containment reference '{@link io.ringside.model.virtio.SplitVirtqueue#getAvailRing <em>Avail Ring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Avail Ring</em>'.
	 * @see io.ringside.model.virtio.SplitVirtqueue#getAvailRing()
	 * @see #getSplitVirtqueue()
	 * @generated
	 */
	EReference getSplitVirtqueue_AvailRing();

	/**
	 * Returns the meta object for the containment reference '{@link io.ringside.model.virtio.SplitVirtqueue#getUsedRing <em>Used Ring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Used Ring</em>'.
	 * @see io.ringside.model.virtio.SplitVirtqueue#getUsedRing()
	 * @see #getSplitVirtqueue()
	 * @generated
	 */
	EReference getSplitVirtqueue_UsedRing();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.virtio.PackedVirtqueue <em>Packed Virtqueue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Packed Virtqueue</em>'.
	 * @see io.ringside.model.virtio.PackedVirtqueue
	 * @generated
	 */
	EClass getPackedVirtqueue();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.PackedVirtqueue#getDriverPosition <em>Driver Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver Position</em>'.
	 * @see io.ringside.model.virtio.PackedVirtqueue#getDriverPosition()
	 * @see #getPackedVirtqueue()
	 * @generated
	 */
	EAttribute getPackedVirtqueue_DriverPosition();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.PackedVirtqueue#isDriverWrapCounter <em>Driver Wrap Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver Wrap Counter</em>'.
	 * @see io.ringside.model.virtio.PackedVirtqueue#isDriverWrapCounter()
	 * @see #getPackedVirtqueue()
	 * @generated
	 */
	EAttribute getPackedVirtqueue_DriverWrapCounter();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.PackedVirtqueue#getDeviceReadPosition <em>Device Read Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Read Position</em>'.
	 * @see io.ringside.model.virtio.PackedVirtqueue#getDeviceReadPosition()
	 * @see #getPackedVirtqueue()
	 * @generated
	 */
	EAttribute getPackedVirtqueue_DeviceReadPosition();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.PackedVirtqueue#isDeviceReadWrapCounter <em>Device Read Wrap Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Read Wrap Counter</em>'.
	 * @see io.ringside.model.virtio.PackedVirtqueue#isDeviceReadWrapCounter()
	 * @see #getPackedVirtqueue()
	 * @generated
	 */
	EAttribute getPackedVirtqueue_DeviceReadWrapCounter();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.PackedVirtqueue#getDeviceUsedPosition <em>Device Used Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Used Position</em>'.
	 * @see io.ringside.model.virtio.PackedVirtqueue#getDeviceUsedPosition()
	 * @see #getPackedVirtqueue()
	 * @generated
	 */
	EAttribute getPackedVirtqueue_DeviceUsedPosition();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.PackedVirtqueue#isDeviceUsedWrapCounter <em>Device Used Wrap Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Used Wrap Counter</em>'.
	 * @see io.ringside.model.virtio.PackedVirtqueue#isDeviceUsedWrapCounter()
	 * @see #getPackedVirtqueue()
	 * @generated
	 */
	EAttribute getPackedVirtqueue_DeviceUsedWrapCounter();

	/**
	 * Returns the meta object for the containment reference '{@link io.ringside.model.virtio.PackedVirtqueue#getDriverEvent <em>Driver Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Driver Event</em>'.
	 * @see io.ringside.model.virtio.PackedVirtqueue#getDriverEvent()
	 * @see #getPackedVirtqueue()
	 * @generated
	 */
	EReference getPackedVirtqueue_DriverEvent();

	/**
	 * Returns the meta object for the containment reference '{@link io.ringside.model.virtio.PackedVirtqueue#getDeviceEvent <em>Device Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Device Event</em>'.
	 * @see io.ringside.model.virtio.PackedVirtqueue#getDeviceEvent()
	 * @see #getPackedVirtqueue()
	 * @generated
	 */
	EReference getPackedVirtqueue_DeviceEvent();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.virtio.Descriptor <em>Descriptor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Descriptor</em>'.
	 * @see io.ringside.model.virtio.Descriptor
	 * @generated
	 */
	EClass getDescriptor();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Descriptor#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see io.ringside.model.virtio.Descriptor#getIndex()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Index();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Descriptor#getAddr <em>Addr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Addr</em>'.
	 * @see io.ringside.model.virtio.Descriptor#getAddr()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Addr();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Descriptor#getLen <em>Len</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Len</em>'.
	 * @see io.ringside.model.virtio.Descriptor#getLen()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Len();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Descriptor#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see io.ringside.model.virtio.Descriptor#getFlags()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Flags();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Descriptor#getNext <em>Next</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next</em>'.
	 * @see io.ringside.model.virtio.Descriptor#getNext()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Next();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Descriptor#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.ringside.model.virtio.Descriptor#getId()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Descriptor#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.ringside.model.virtio.Descriptor#getState()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_State();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Descriptor#isWrite <em>Write</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Write</em>'.
	 * @see io.ringside.model.virtio.Descriptor#isWrite()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Write();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Descriptor#isHasNext <em>Has Next</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Has Next</em>'.
	 * @see io.ringside.model.virtio.Descriptor#isHasNext()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_HasNext();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Descriptor#isIndirect <em>Indirect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indirect</em>'.
	 * @see io.ringside.model.virtio.Descriptor#isIndirect()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Indirect();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Descriptor#isAvail <em>Avail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Avail</em>'.
	 * @see io.ringside.model.virtio.Descriptor#isAvail()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Avail();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Descriptor#isUsed <em>Used</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Used</em>'.
	 * @see io.ringside.model.virtio.Descriptor#isUsed()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Used();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.Descriptor#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.virtio.Descriptor#getLabel()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Label();

	/**
	 * Returns the meta object for the reference '{@link io.ringside.model.virtio.Descriptor#getChain <em>Chain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Chain</em>'.
	 * @see io.ringside.model.virtio.Descriptor#getChain()
	 * @see #getDescriptor()
	 * @generated
	 */
	EReference getDescriptor_Chain();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.virtio.DescriptorChain <em>Descriptor Chain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Descriptor Chain</em>'.
	 * @see io.ringside.model.virtio.DescriptorChain
	 * @generated
	 */
	EClass getDescriptorChain();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.DescriptorChain#getHead <em>Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Head</em>'.
	 * @see io.ringside.model.virtio.DescriptorChain#getHead()
	 * @see #getDescriptorChain()
	 * @generated
	 */
	EAttribute getDescriptorChain_Head();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.DescriptorChain#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see io.ringside.model.virtio.DescriptorChain#getLength()
	 * @see #getDescriptorChain()
	 * @generated
	 */
	EAttribute getDescriptorChain_Length();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.DescriptorChain#getWritableBytes <em>Writable Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Writable Bytes</em>'.
	 * @see io.ringside.model.virtio.DescriptorChain#getWritableBytes()
	 * @see #getDescriptorChain()
	 * @generated
	 */
	EAttribute getDescriptorChain_WritableBytes();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.DescriptorChain#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.ringside.model.virtio.DescriptorChain#getState()
	 * @see #getDescriptorChain()
	 * @generated
	 */
	EAttribute getDescriptorChain_State();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.DescriptorChain#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.virtio.DescriptorChain#getLabel()
	 * @see #getDescriptorChain()
	 * @generated
	 */
	EAttribute getDescriptorChain_Label();

	/**
	 * Returns the meta object for the reference list '{@link io.ringside.model.virtio.DescriptorChain#getDescriptors <em>Descriptors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Descriptors</em>'.
	 * @see io.ringside.model.virtio.DescriptorChain#getDescriptors()
	 * @see #getDescriptorChain()
	 * @generated
	 */
	EReference getDescriptorChain_Descriptors();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.virtio.AvailRing <em>Avail Ring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Avail Ring</em>'.
	 * @see io.ringside.model.virtio.AvailRing
	 * @generated
	 */
	EClass getAvailRing();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.AvailRing#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see io.ringside.model.virtio.AvailRing#getFlags()
	 * @see #getAvailRing()
	 * @generated
	 */
	EAttribute getAvailRing_Flags();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.AvailRing#getIdx <em>Idx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Idx</em>'.
	 * @see io.ringside.model.virtio.AvailRing#getIdx()
	 * @see #getAvailRing()
	 * @generated
	 */
	EAttribute getAvailRing_Idx();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.AvailRing#getUsedEvent <em>Used Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Used Event</em>'.
	 * @see io.ringside.model.virtio.AvailRing#getUsedEvent()
	 * @see #getAvailRing()
	 * @generated
	 */
	EAttribute getAvailRing_UsedEvent();

	/**
	 * Returns the meta object for the attribute list '{@link io.ringside.model.virtio.AvailRing#getRing <em>Ring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ring</em>'.
	 * @see io.ringside.model.virtio.AvailRing#getRing()
	 * @see #getAvailRing()
	 * @generated
	 */
	EAttribute getAvailRing_Ring();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.AvailRing#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.virtio.AvailRing#getLabel()
	 * @see #getAvailRing()
	 * @generated
	 */
	EAttribute getAvailRing_Label();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.virtio.UsedRing <em>Used Ring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Used Ring</em>'.
	 * @see io.ringside.model.virtio.UsedRing
	 * @generated
	 */
	EClass getUsedRing();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.UsedRing#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see io.ringside.model.virtio.UsedRing#getFlags()
	 * @see #getUsedRing()
	 * @generated
	 */
	EAttribute getUsedRing_Flags();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.UsedRing#getIdx <em>Idx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Idx</em>'.
	 * @see io.ringside.model.virtio.UsedRing#getIdx()
	 * @see #getUsedRing()
	 * @generated
	 */
	EAttribute getUsedRing_Idx();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.UsedRing#getAvailEvent <em>Avail Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Avail Event</em>'.
	 * @see io.ringside.model.virtio.UsedRing#getAvailEvent()
	 * @see #getUsedRing()
	 * @generated
	 */
	EAttribute getUsedRing_AvailEvent();

	/**
	 * Returns the meta object for the containment reference list '{@link io.ringside.model.virtio.UsedRing#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see io.ringside.model.virtio.UsedRing#getElements()
	 * @see #getUsedRing()
	 * @generated
	 */
	EReference getUsedRing_Elements();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.UsedRing#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.virtio.UsedRing#getLabel()
	 * @see #getUsedRing()
	 * @generated
	 */
	EAttribute getUsedRing_Label();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.virtio.UsedElement <em>Used Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Used Element</em>'.
	 * @see io.ringside.model.virtio.UsedElement
	 * @generated
	 */
	EClass getUsedElement();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.UsedElement#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see io.ringside.model.virtio.UsedElement#getSlot()
	 * @see #getUsedElement()
	 * @generated
	 */
	EAttribute getUsedElement_Slot();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.UsedElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.ringside.model.virtio.UsedElement#getId()
	 * @see #getUsedElement()
	 * @generated
	 */
	EAttribute getUsedElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.UsedElement#getLen <em>Len</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Len</em>'.
	 * @see io.ringside.model.virtio.UsedElement#getLen()
	 * @see #getUsedElement()
	 * @generated
	 */
	EAttribute getUsedElement_Len();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.UsedElement#getBatch <em>Batch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch</em>'.
	 * @see io.ringside.model.virtio.UsedElement#getBatch()
	 * @see #getUsedElement()
	 * @generated
	 */
	EAttribute getUsedElement_Batch();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.UsedElement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.virtio.UsedElement#getLabel()
	 * @see #getUsedElement()
	 * @generated
	 */
	EAttribute getUsedElement_Label();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.virtio.EventSuppression <em>Event Suppression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event Suppression</em>'.
	 * @see io.ringside.model.virtio.EventSuppression
	 * @generated
	 */
	EClass getEventSuppression();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.EventSuppression#getOffWrap <em>Off Wrap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Off Wrap</em>'.
	 * @see io.ringside.model.virtio.EventSuppression#getOffWrap()
	 * @see #getEventSuppression()
	 * @generated
	 */
	EAttribute getEventSuppression_OffWrap();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.EventSuppression#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see io.ringside.model.virtio.EventSuppression#getFlags()
	 * @see #getEventSuppression()
	 * @generated
	 */
	EAttribute getEventSuppression_Flags();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.EventSuppression#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see io.ringside.model.virtio.EventSuppression#getOffset()
	 * @see #getEventSuppression()
	 * @generated
	 */
	EAttribute getEventSuppression_Offset();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.EventSuppression#isWrap <em>Wrap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wrap</em>'.
	 * @see io.ringside.model.virtio.EventSuppression#isWrap()
	 * @see #getEventSuppression()
	 * @generated
	 */
	EAttribute getEventSuppression_Wrap();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.EventSuppression#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.ringside.model.virtio.EventSuppression#getMode()
	 * @see #getEventSuppression()
	 * @generated
	 */
	EAttribute getEventSuppression_Mode();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.virtio.EventSuppression#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.virtio.EventSuppression#getLabel()
	 * @see #getEventSuppression()
	 * @generated
	 */
	EAttribute getEventSuppression_Label();

	/**
	 * Returns the meta object for enum '{@link io.ringside.model.virtio.BufferState <em>Buffer State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Buffer State</em>'.
	 * @see io.ringside.model.virtio.BufferState
	 * @generated
	 */
	EEnum getBufferState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	VirtioFactory getVirtioFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.ringside.model.virtio.impl.VirtioDeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.virtio.impl.VirtioDeviceImpl
		 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getVirtioDevice()
		 * @generated
		 */
		EClass VIRTIO_DEVICE = eINSTANCE.getVirtioDevice();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTIO_DEVICE__FEATURES = eINSTANCE.getVirtioDevice_Features();

		/**
		 * The meta object literal for the '<em><b>Feature Set</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTIO_DEVICE__FEATURE_SET = eINSTANCE.getVirtioDevice_FeatureSet();

		/**
		 * The meta object literal for the '{@link io.ringside.model.virtio.impl.FeatureSetImpl <em>Feature Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.virtio.impl.FeatureSetImpl
		 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getFeatureSet()
		 * @generated
		 */
		EClass FEATURE_SET = eINSTANCE.getFeatureSet();

		/**
		 * The meta object literal for the '<em><b>Bits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__BITS = eINSTANCE.getFeatureSet_Bits();

		/**
		 * The meta object literal for the '<em><b>Version1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__VERSION1 = eINSTANCE.getFeatureSet_Version1();

		/**
		 * The meta object literal for the '<em><b>Ring Packed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__RING_PACKED = eINSTANCE.getFeatureSet_RingPacked();

		/**
		 * The meta object literal for the '<em><b>Event Idx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__EVENT_IDX = eINSTANCE.getFeatureSet_EventIdx();

		/**
		 * The meta object literal for the '<em><b>In Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__IN_ORDER = eINSTANCE.getFeatureSet_InOrder();

		/**
		 * The meta object literal for the '<em><b>Indirect Desc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__INDIRECT_DESC = eINSTANCE.getFeatureSet_IndirectDesc();

		/**
		 * The meta object literal for the '<em><b>Notification Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__NOTIFICATION_DATA = eINSTANCE.getFeatureSet_NotificationData();

		/**
		 * The meta object literal for the '<em><b>Names</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__NAMES = eINSTANCE.getFeatureSet_Names();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__LABEL = eINSTANCE.getFeatureSet_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.virtio.impl.VirtqueueImpl <em>Virtqueue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.virtio.impl.VirtqueueImpl
		 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getVirtqueue()
		 * @generated
		 */
		EClass VIRTQUEUE = eINSTANCE.getVirtqueue();

		/**
		 * The meta object literal for the '<em><b>Event Idx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTQUEUE__EVENT_IDX = eINSTANCE.getVirtqueue_EventIdx();

		/**
		 * The meta object literal for the '<em><b>In Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTQUEUE__IN_ORDER = eINSTANCE.getVirtqueue_InOrder();

		/**
		 * The meta object literal for the '<em><b>Indirect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTQUEUE__INDIRECT = eINSTANCE.getVirtqueue_Indirect();

		/**
		 * The meta object literal for the '<em><b>Last Avail Idx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTQUEUE__LAST_AVAIL_IDX = eINSTANCE.getVirtqueue_LastAvailIdx();

		/**
		 * The meta object literal for the '<em><b>Avail Idx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTQUEUE__AVAIL_IDX = eINSTANCE.getVirtqueue_AvailIdx();

		/**
		 * The meta object literal for the '<em><b>Used Idx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTQUEUE__USED_IDX = eINSTANCE.getVirtqueue_UsedIdx();

		/**
		 * The meta object literal for the '<em><b>Buffers Made Available</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTQUEUE__BUFFERS_MADE_AVAILABLE = eINSTANCE.getVirtqueue_BuffersMadeAvailable();

		/**
		 * The meta object literal for the '<em><b>Buffers Used</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTQUEUE__BUFFERS_USED = eINSTANCE.getVirtqueue_BuffersUsed();

		/**
		 * The meta object literal for the '<em><b>Kicks Suppressed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTQUEUE__KICKS_SUPPRESSED = eINSTANCE.getVirtqueue_KicksSuppressed();

		/**
		 * The meta object literal for the '<em><b>Interrupts Suppressed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTQUEUE__INTERRUPTS_SUPPRESSED = eINSTANCE.getVirtqueue_InterruptsSuppressed();

		/**
		 * The meta object literal for the '<em><b>Batches</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTQUEUE__BATCHES = eINSTANCE.getVirtqueue_Batches();

		/**
		 * The meta object literal for the '<em><b>Descriptors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTQUEUE__DESCRIPTORS = eINSTANCE.getVirtqueue_Descriptors();

		/**
		 * The meta object literal for the '<em><b>Chains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTQUEUE__CHAINS = eINSTANCE.getVirtqueue_Chains();

		/**
		 * The meta object literal for the '{@link io.ringside.model.virtio.impl.SplitVirtqueueImpl <em>Split Virtqueue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.virtio.impl.SplitVirtqueueImpl
		 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getSplitVirtqueue()
		 * @generated
		 */
		EClass SPLIT_VIRTQUEUE = eINSTANCE.getSplitVirtqueue();

		/**
		 * The meta object literal for the '<em><b>Avail Ring</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPLIT_VIRTQUEUE__AVAIL_RING = eINSTANCE.getSplitVirtqueue_AvailRing();

		/**
		 * The meta object literal for the '<em><b>Used Ring</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPLIT_VIRTQUEUE__USED_RING = eINSTANCE.getSplitVirtqueue_UsedRing();

		/**
		 * The meta object literal for the '{@link io.ringside.model.virtio.impl.PackedVirtqueueImpl <em>Packed Virtqueue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.virtio.impl.PackedVirtqueueImpl
		 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getPackedVirtqueue()
		 * @generated
		 */
		EClass PACKED_VIRTQUEUE = eINSTANCE.getPackedVirtqueue();

		/**
		 * The meta object literal for the '<em><b>Driver Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKED_VIRTQUEUE__DRIVER_POSITION = eINSTANCE.getPackedVirtqueue_DriverPosition();

		/**
		 * The meta object literal for the '<em><b>Driver Wrap Counter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKED_VIRTQUEUE__DRIVER_WRAP_COUNTER = eINSTANCE.getPackedVirtqueue_DriverWrapCounter();

		/**
		 * The meta object literal for the '<em><b>Device Read Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKED_VIRTQUEUE__DEVICE_READ_POSITION = eINSTANCE.getPackedVirtqueue_DeviceReadPosition();

		/**
		 * The meta object literal for the '<em><b>Device Read Wrap Counter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKED_VIRTQUEUE__DEVICE_READ_WRAP_COUNTER = eINSTANCE.getPackedVirtqueue_DeviceReadWrapCounter();

		/**
		 * The meta object literal for the '<em><b>Device Used Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKED_VIRTQUEUE__DEVICE_USED_POSITION = eINSTANCE.getPackedVirtqueue_DeviceUsedPosition();

		/**
		 * The meta object literal for the '<em><b>Device Used Wrap Counter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKED_VIRTQUEUE__DEVICE_USED_WRAP_COUNTER = eINSTANCE.getPackedVirtqueue_DeviceUsedWrapCounter();

		/**
		 * The meta object literal for the '<em><b>Driver Event</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PACKED_VIRTQUEUE__DRIVER_EVENT = eINSTANCE.getPackedVirtqueue_DriverEvent();

		/**
		 * The meta object literal for the '<em><b>Device Event</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PACKED_VIRTQUEUE__DEVICE_EVENT = eINSTANCE.getPackedVirtqueue_DeviceEvent();

		/**
		 * The meta object literal for the '{@link io.ringside.model.virtio.impl.DescriptorImpl <em>Descriptor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.virtio.impl.DescriptorImpl
		 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getDescriptor()
		 * @generated
		 */
		EClass DESCRIPTOR = eINSTANCE.getDescriptor();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__INDEX = eINSTANCE.getDescriptor_Index();

		/**
		 * The meta object literal for the '<em><b>Addr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__ADDR = eINSTANCE.getDescriptor_Addr();

		/**
		 * The meta object literal for the '<em><b>Len</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__LEN = eINSTANCE.getDescriptor_Len();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__FLAGS = eINSTANCE.getDescriptor_Flags();

		/**
		 * The meta object literal for the '<em><b>Next</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__NEXT = eINSTANCE.getDescriptor_Next();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__ID = eINSTANCE.getDescriptor_Id();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__STATE = eINSTANCE.getDescriptor_State();

		/**
		 * The meta object literal for the '<em><b>Write</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__WRITE = eINSTANCE.getDescriptor_Write();

		/**
		 * The meta object literal for the '<em><b>Has Next</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__HAS_NEXT = eINSTANCE.getDescriptor_HasNext();

		/**
		 * The meta object literal for the '<em><b>Indirect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__INDIRECT = eINSTANCE.getDescriptor_Indirect();

		/**
		 * The meta object literal for the '<em><b>Avail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__AVAIL = eINSTANCE.getDescriptor_Avail();

		/**
		 * The meta object literal for the '<em><b>Used</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__USED = eINSTANCE.getDescriptor_Used();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__LABEL = eINSTANCE.getDescriptor_Label();

		/**
		 * The meta object literal for the '<em><b>Chain</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESCRIPTOR__CHAIN = eINSTANCE.getDescriptor_Chain();

		/**
		 * The meta object literal for the '{@link io.ringside.model.virtio.impl.DescriptorChainImpl <em>Descriptor Chain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.virtio.impl.DescriptorChainImpl
		 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getDescriptorChain()
		 * @generated
		 */
		EClass DESCRIPTOR_CHAIN = eINSTANCE.getDescriptorChain();

		/**
		 * The meta object literal for the '<em><b>Head</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR_CHAIN__HEAD = eINSTANCE.getDescriptorChain_Head();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR_CHAIN__LENGTH = eINSTANCE.getDescriptorChain_Length();

		/**
		 * The meta object literal for the '<em><b>Writable Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR_CHAIN__WRITABLE_BYTES = eINSTANCE.getDescriptorChain_WritableBytes();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR_CHAIN__STATE = eINSTANCE.getDescriptorChain_State();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR_CHAIN__LABEL = eINSTANCE.getDescriptorChain_Label();

		/**
		 * The meta object literal for the '<em><b>Descriptors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESCRIPTOR_CHAIN__DESCRIPTORS = eINSTANCE.getDescriptorChain_Descriptors();

		/**
		 * The meta object literal for the '{@link io.ringside.model.virtio.impl.AvailRingImpl <em>Avail Ring</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.virtio.impl.AvailRingImpl
		 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getAvailRing()
		 * @generated
		 */
		EClass AVAIL_RING = eINSTANCE.getAvailRing();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVAIL_RING__FLAGS = eINSTANCE.getAvailRing_Flags();

		/**
		 * The meta object literal for the '<em><b>Idx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVAIL_RING__IDX = eINSTANCE.getAvailRing_Idx();

		/**
		 * The meta object literal for the '<em><b>Used Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVAIL_RING__USED_EVENT = eINSTANCE.getAvailRing_UsedEvent();

		/**
		 * The meta object literal for the '<em><b>Ring</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVAIL_RING__RING = eINSTANCE.getAvailRing_Ring();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVAIL_RING__LABEL = eINSTANCE.getAvailRing_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.virtio.impl.UsedRingImpl <em>Used Ring</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.virtio.impl.UsedRingImpl
		 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getUsedRing()
		 * @generated
		 */
		EClass USED_RING = eINSTANCE.getUsedRing();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USED_RING__FLAGS = eINSTANCE.getUsedRing_Flags();

		/**
		 * The meta object literal for the '<em><b>Idx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USED_RING__IDX = eINSTANCE.getUsedRing_Idx();

		/**
		 * The meta object literal for the '<em><b>Avail Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USED_RING__AVAIL_EVENT = eINSTANCE.getUsedRing_AvailEvent();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USED_RING__ELEMENTS = eINSTANCE.getUsedRing_Elements();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USED_RING__LABEL = eINSTANCE.getUsedRing_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.virtio.impl.UsedElementImpl <em>Used Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.virtio.impl.UsedElementImpl
		 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getUsedElement()
		 * @generated
		 */
		EClass USED_ELEMENT = eINSTANCE.getUsedElement();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USED_ELEMENT__SLOT = eINSTANCE.getUsedElement_Slot();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USED_ELEMENT__ID = eINSTANCE.getUsedElement_Id();

		/**
		 * The meta object literal for the '<em><b>Len</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USED_ELEMENT__LEN = eINSTANCE.getUsedElement_Len();

		/**
		 * The meta object literal for the '<em><b>Batch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USED_ELEMENT__BATCH = eINSTANCE.getUsedElement_Batch();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USED_ELEMENT__LABEL = eINSTANCE.getUsedElement_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.virtio.impl.EventSuppressionImpl <em>Event Suppression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.virtio.impl.EventSuppressionImpl
		 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getEventSuppression()
		 * @generated
		 */
		EClass EVENT_SUPPRESSION = eINSTANCE.getEventSuppression();

		/**
		 * The meta object literal for the '<em><b>Off Wrap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_SUPPRESSION__OFF_WRAP = eINSTANCE.getEventSuppression_OffWrap();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_SUPPRESSION__FLAGS = eINSTANCE.getEventSuppression_Flags();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_SUPPRESSION__OFFSET = eINSTANCE.getEventSuppression_Offset();

		/**
		 * The meta object literal for the '<em><b>Wrap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_SUPPRESSION__WRAP = eINSTANCE.getEventSuppression_Wrap();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_SUPPRESSION__MODE = eINSTANCE.getEventSuppression_Mode();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_SUPPRESSION__LABEL = eINSTANCE.getEventSuppression_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.virtio.BufferState <em>Buffer State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.virtio.BufferState
		 * @see io.ringside.model.virtio.impl.VirtioPackageImpl#getBufferState()
		 * @generated
		 */
		EEnum BUFFER_STATE = eINSTANCE.getBufferState();

	}

} //VirtioPackage
